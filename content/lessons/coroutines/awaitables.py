import asyncio

async def brew(drink):
    await asyncio.sleep(1)
    return f"{drink} is ready"

async def main():
    loop = asyncio.get_running_loop()
    print(await brew("tea"))                      # a coroutine
    task = asyncio.create_task(brew("coffee"))
    print(await task)                             # a task
    future = loop.create_future()
    loop.call_later(1, future.set_result, "cocoa is ready")
    print(await future)                           # a future
    print(f"{loop.time():.1f} s")

asyncio.run(main())
