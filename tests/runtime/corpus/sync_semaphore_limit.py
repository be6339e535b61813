# A Semaphore(2) lets at most two downloads run at once: six 1-second
# downloads take 3 seconds.
import asyncio
import time


async def download(sem, n, start):
    async with sem:
        print(f"{time.perf_counter() - start:.1f}s start file{n}")
        await asyncio.sleep(1)


async def main():
    sem = asyncio.Semaphore(2)
    start = time.perf_counter()
    await asyncio.gather(*(download(sem, n, start) for n in range(1, 7)))
    print(f"all done in {time.perf_counter() - start:.1f} s")


asyncio.run(main())
