import asyncio


async def job(name, seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise ValueError(f"{name} failed")
    print(f"{name} finished")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(job("a", 1, fail=True))
        tg.create_task(job("b", 2))
    print("never printed")


asyncio.run(main())
