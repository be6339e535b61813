# loop.run_in_executor(None, ...) uses the loop's default thread pool.
# Meanwhile the event loop stays free to run other tasks.
import asyncio
import time


def slow_lookup(key):
    time.sleep(0.8)
    return key * 2


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.3)


async def main():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    future = loop.run_in_executor(None, slow_lookup, 21)
    await ticker()
    value = await future
    print("lookup result:", value)
    print(f"total {time.perf_counter() - start:.1f} s")


asyncio.run(main())
