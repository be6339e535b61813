# The same program with await asyncio.sleep instead of time.sleep:
# the waits overlap and the total drops to 1 second.
import asyncio
import time


async def download(name):
    print(f"start {name}")
    await asyncio.sleep(1)  # hands control back to the loop
    print(f"end {name}")


async def main():
    start = time.perf_counter()
    await asyncio.gather(download("a"), download("b"), download("c"))
    print(f"total {time.perf_counter() - start:.1f} s")


asyncio.run(main())
