import asyncio
import time

start = time.perf_counter()
SIZES = {"a.zip": 2, "b.zip": 1, "c.zip": 1, "d.zip": 2, "e.zip": 1, "f.zip": 1}
slots = asyncio.Semaphore(2)  # at most 2 at once


async def download(name, seconds):
    slots.acquire()
    print(f"{time.perf_counter() - start:.1f} s  start {name}")
    await asyncio.sleep(seconds)
    slots.release()


async def main():
    await asyncio.gather(*(download(name, s) for name, s in SIZES.items()))
    print(f"{time.perf_counter() - start:.1f} s  all {len(SIZES)} files downloaded")


asyncio.run(main())
