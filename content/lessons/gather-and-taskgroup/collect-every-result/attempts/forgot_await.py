import asyncio


async def check_site(url, seconds, up):
    await asyncio.sleep(seconds)  # the site answers
    if not up:
        raise ConnectionError(f"{url} is down")
    return f"{url} is up"


async def main():
    results = asyncio.gather(
        check_site("a.example", 1, up=True),
        check_site("b.example", 0.5, up=False),
        check_site("c.example", 2, up=True),
        return_exceptions=True,
    )
    for result in results:
        if isinstance(result, Exception):
            print("error:", result)
        else:
            print(result)


asyncio.run(main())
