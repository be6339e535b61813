import asyncio
import time

start = time.perf_counter()
slots = asyncio.Semaphore(2)  # at most 2 downloads at a time

async def download(n):
    async with slots:
        print(f"{time.perf_counter() - start:.1f} s  start file {n}")
        await asyncio.sleep(1)

async def main():
    await asyncio.gather(*(download(n) for n in range(1, 7)))
    print(f"{time.perf_counter() - start:.1f} s  all done")

asyncio.run(main())
