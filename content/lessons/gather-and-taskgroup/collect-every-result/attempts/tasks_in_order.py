import asyncio


async def check_site(url, seconds, up):
    await asyncio.sleep(seconds)  # the site answers
    if not up:
        raise ConnectionError(f"{url} is down")
    return f"{url} is up"


async def main():
    tasks = [
        asyncio.create_task(check_site("a.example", 1, up=True)),
        asyncio.create_task(check_site("b.example", 0.5, up=False)),
        asyncio.create_task(check_site("c.example", 2, up=True)),
    ]
    for task in tasks:
        try:
            print(await task)
        except ConnectionError as error:
            print("error:", error)


asyncio.run(main())
