import asyncio


async def check_site(url, seconds, up):
    await asyncio.sleep(seconds)  # the site answers
    if not up:
        raise ConnectionError(f"{url} is down")
    return f"{url} is up"


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(check_site("a.example", 1, up=True))
            b = tg.create_task(check_site("b.example", 0.5, up=False))
            c = tg.create_task(check_site("c.example", 2, up=True))
        for task in (a, b, c):
            print(task.result())
    except* ConnectionError as group:
        print("error:", group.exceptions[0])


asyncio.run(main())
