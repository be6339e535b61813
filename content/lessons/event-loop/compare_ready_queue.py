import asyncio

async def steps():
    for n in [1, 2, 3]:
        print("step", n)
        await asyncio.sleep(0)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0, print, "timer")
    loop.call_soon(print, "call_soon")
    task = asyncio.create_task(steps())
    print("main waits")
    await task

asyncio.run(main())
