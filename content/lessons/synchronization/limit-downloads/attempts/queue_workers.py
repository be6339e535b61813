import asyncio
import time

start = time.perf_counter()
SIZES = {"a.zip": 2, "b.zip": 1, "c.zip": 1, "d.zip": 2, "e.zip": 1, "f.zip": 1}


async def download(name, seconds):
    print(f"{time.perf_counter() - start:.1f} s  start {name}")
    await asyncio.sleep(seconds)


async def worker(queue):
    while not queue.empty():
        name, seconds = queue.get_nowait()
        await download(name, seconds)


async def main():
    queue = asyncio.Queue()
    for name, seconds in SIZES.items():
        queue.put_nowait((name, seconds))
    await asyncio.gather(worker(queue), worker(queue))  # two at once
    print(f"{time.perf_counter() - start:.1f} s  all {len(SIZES)} files downloaded")


asyncio.run(main())
