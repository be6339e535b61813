import asyncio
import time

start = time.perf_counter()
SIZES = {"a.zip": 2, "b.zip": 1, "c.zip": 1, "d.zip": 2, "e.zip": 1, "f.zip": 1}


async def download(name, seconds, slots):
    async with slots:
        print(f"{time.perf_counter() - start:.1f} s  start {name}")
        await asyncio.sleep(seconds)


async def main():
    slots = asyncio.Semaphore(2)  # at most 2 at once
    async with asyncio.TaskGroup() as tg:
        for name, seconds in SIZES.items():
            tg.create_task(download(name, seconds, slots))
    print(f"{time.perf_counter() - start:.1f} s  all {len(SIZES)} files downloaded")


asyncio.run(main())
