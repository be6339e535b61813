import asyncio
import time

start = time.perf_counter()


def make_thumbnails():
    # Stands in for a long computation or a synchronous library call:
    # no await anywhere, so the event loop cannot switch away.
    time.sleep(1.2)


async def heartbeat():
    for _ in range(3):
        print(f"heartbeat at {time.perf_counter() - start:.1f} s")
        await asyncio.sleep(0.5)


async def process_upload():
    await asyncio.sleep(0.2)
    print(f"thumbnails start at {time.perf_counter() - start:.1f} s")
    make_thumbnails()
    print(f"thumbnails done at {time.perf_counter() - start:.1f} s")


async def main():
    await asyncio.gather(heartbeat(), process_upload())


asyncio.run(main())
