import asyncio


async def job(name):
    print(f"{name} starts")
    await asyncio.sleep(1)
    print(f"{name} ends")


async def main():
    first = asyncio.create_task(job("first"))
    second = asyncio.create_task(job("second"))
    print("main: tasks created")
    await second
    print("main: awaited second")
    await first
    print("main: awaited first")


asyncio.run(main())
