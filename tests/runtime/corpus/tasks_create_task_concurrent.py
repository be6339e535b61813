# Wrapping the same coroutines in tasks lets their waits overlap:
# three 1-second waits take about 1 second.
import asyncio
import time


async def brew(drink):
    print(f"start {drink}")
    await asyncio.sleep(1)
    print(f"done {drink}")
    return drink


async def main():
    start = time.perf_counter()
    tasks = [asyncio.create_task(brew(d)) for d in ["tea", "coffee", "cocoa"]]
    for task in tasks:
        await task
    print(f"total {time.perf_counter() - start:.1f} s")


asyncio.run(main())
