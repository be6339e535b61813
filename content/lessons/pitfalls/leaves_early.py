import asyncio


async def job(name, seconds):
    print(f"{name} starts")
    await asyncio.sleep(seconds)
    print(f"{name} ends")


async def main():
    tasks = [
        asyncio.create_task(job("backup", 2.0)),
        asyncio.create_task(job("email", 0.5)),
    ]
    print("main waits 1 second")
    await asyncio.sleep(1.0)
    print("main returns")


asyncio.run(main())
print("program ends")
