# A finished task keeps its result until someone asks for it.
import asyncio


async def compute():
    await asyncio.sleep(0.2)
    print("compute finished")
    return 6 * 7


async def main():
    task = asyncio.create_task(compute())
    await asyncio.sleep(1)
    print("done?", task.done())
    print("result:", task.result())
    print("awaiting again:", await task)


asyncio.run(main())
