import asyncio


async def check_site(url, seconds, up):
    await asyncio.sleep(seconds)  # the site answers
    if not up:
        raise ConnectionError(f"{url} is down")
    return f"{url} is up"


async def main():
    checks = [
        check_site("a.example", 1, up=True),
        check_site("b.example", 0.5, up=False),
        check_site("c.example", 2, up=True),
    ]
    for next_done in asyncio.as_completed(checks):
        try:
            print(await next_done)
        except ConnectionError as error:
            print("error:", error)


asyncio.run(main())
