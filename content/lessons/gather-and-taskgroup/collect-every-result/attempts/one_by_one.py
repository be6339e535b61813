import asyncio


async def check_site(url, seconds, up):
    await asyncio.sleep(seconds)  # the site answers
    if not up:
        raise ConnectionError(f"{url} is down")
    return f"{url} is up"


async def main():
    for url, seconds, up in [("a.example", 1, True), ("b.example", 0.5, False), ("c.example", 2, True)]:
        try:
            print(await check_site(url, seconds, up))
        except ConnectionError as error:
            print("error:", error)


asyncio.run(main())
