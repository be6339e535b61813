import asyncio
import time


async def main():
    start = time.perf_counter()
    for attempt in range(1, 4):
        print(f"attempt {attempt} at {time.perf_counter() - start:.1f} s")
        asyncio.sleep(1)  # meant to wait a second before trying again
    print("giving up")


asyncio.run(main())
