import asyncio


async def check_site(url, seconds, up):
    await asyncio.sleep(seconds)  # the site answers
    if not up:
        raise ConnectionError(f"{url} is down")
    return f"{url} is up"


async def safe(check):
    try:
        return await check
    except ConnectionError as error:
        return f"error: {error}"


async def main():
    results = await asyncio.gather(
        safe(check_site("a.example", 1, up=True)),
        safe(check_site("b.example", 0.5, up=False)),
        safe(check_site("c.example", 2, up=True)),
    )
    for result in results:
        print(result)


asyncio.run(main())
