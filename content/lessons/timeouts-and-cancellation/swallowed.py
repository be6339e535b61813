import asyncio
import time


async def stubborn_download():
    for part in range(1, 4):
        try:
            await asyncio.sleep(1)  # downloading one part
            print(f"part {part} done")
        except asyncio.CancelledError:
            print(f"part {part} interrupted, carrying on")  # the bug: no raise


async def main():
    start = time.perf_counter()
    try:
        async with asyncio.timeout(1.5):
            await stubborn_download()
        print("no timeout?!")
    except TimeoutError:
        print("timed out")
    print(f"took {time.perf_counter() - start:.1f} s")


asyncio.run(main())
