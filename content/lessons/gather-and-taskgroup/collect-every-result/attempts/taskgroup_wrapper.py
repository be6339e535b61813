import asyncio


async def check_site(url, seconds, up):
    await asyncio.sleep(seconds)  # the site answers
    if not up:
        raise ConnectionError(f"{url} is down")
    return f"{url} is up"


async def report(url, seconds, up):
    try:
        return await check_site(url, seconds, up)
    except ConnectionError as error:
        return f"error: {error}"


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [
            tg.create_task(report("a.example", 1, up=True)),
            tg.create_task(report("b.example", 0.5, up=False)),
            tg.create_task(report("c.example", 2, up=True)),
        ]
    for task in tasks:
        print(task.result())


asyncio.run(main())
