import asyncio


async def job(name, seconds, fail=False):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise
    if fail:
        raise ValueError(f"{name} failed")
    print(f"{name} finished")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("a", 1, fail=True))
            tg.create_task(job("b", 2))
            tg.create_task(job("c", 0.5))
    except* ValueError as group:
        print("main caught:", group.exceptions)
    print("main ends")


asyncio.run(main())
