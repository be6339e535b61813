# Awaiting coroutines one after another runs them one after another:
# three 1-second waits take 3 seconds in total.
import asyncio
import time


async def brew(drink):
    print(f"start {drink}")
    await asyncio.sleep(1)
    print(f"done {drink}")
    return drink


async def main():
    start = time.perf_counter()
    for drink in ["tea", "coffee", "cocoa"]:
        await brew(drink)
    print(f"total {time.perf_counter() - start:.1f} s")


asyncio.run(main())
