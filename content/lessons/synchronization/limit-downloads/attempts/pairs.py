import asyncio
import time

start = time.perf_counter()
SIZES = {"a.zip": 2, "b.zip": 1, "c.zip": 1, "d.zip": 2, "e.zip": 1, "f.zip": 1}


async def download(name, seconds):
    print(f"{time.perf_counter() - start:.1f} s  start {name}")
    await asyncio.sleep(seconds)


async def main():
    files = list(SIZES.items())
    for i in range(0, len(files), 2):  # two at a time
        await asyncio.gather(*(download(name, s) for name, s in files[i : i + 2]))
    print(f"{time.perf_counter() - start:.1f} s  all {len(SIZES)} files downloaded")


asyncio.run(main())
