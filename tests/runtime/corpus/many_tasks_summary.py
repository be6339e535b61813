# 500 tasks sleeping between 0.01 and 0.1 s all overlap: the whole batch
# takes as long as the slowest one, 0.1 s.
import asyncio
import time

running = 0
peak = 0


async def job(i):
    global running, peak
    running += 1
    peak = max(peak, running)
    await asyncio.sleep((i % 10 + 1) / 100)
    running -= 1
    return i % 10 + 1


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(*(job(i) for i in range(500)))
    print("tasks:", len(results))
    print("sum of results:", sum(results))
    print("peak concurrency:", peak)
    print(f"elapsed: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
