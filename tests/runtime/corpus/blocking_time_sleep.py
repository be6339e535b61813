# time.sleep blocks the whole event loop: even with gather, three
# 1-second time.sleep calls take 3 seconds, one after another.
import asyncio
import time


async def download(name):
    print(f"start {name}")
    time.sleep(1)  # blocking call: nothing else can run meanwhile
    print(f"end {name}")


async def main():
    start = time.perf_counter()
    await asyncio.gather(download("a"), download("b"), download("c"))
    print(f"total {time.perf_counter() - start:.1f} s")


asyncio.run(main())
