import asyncio


async def load(part, seconds):
    try:
        await asyncio.sleep(seconds)  # fetching one part of the page
        print(f"{part} loaded")
    except asyncio.CancelledError:
        print(f"{part} cancelled")
        raise


async def main():
    try:
        async with asyncio.timeout(1.5):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(load("header", 1))
                tg.create_task(load("comments", 3))
        print("page complete")
    except TimeoutError:
        print("page took too long")


asyncio.run(main())
