import asyncio


async def load(part, seconds, fail=False):
    try:
        await asyncio.sleep(seconds)  # fetching one part of the page
    except asyncio.CancelledError:
        print(f"{part} cancelled")
        raise
    if fail:
        raise ConnectionError(f"{part} unreachable")
    print(f"{part} loaded")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(load("header", 1, fail=True))
            tg.create_task(load("comments", 3))
    except* ConnectionError as group:
        print("errors:", group.exceptions)


asyncio.run(main())
