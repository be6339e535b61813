# A Barrier makes tasks wait until a fixed number of them have arrived;
# then all of them continue together.
import asyncio
import time


async def hiker(name, delay, barrier, start):
    await asyncio.sleep(delay)
    print(f"{name} reached the hut at {time.perf_counter() - start:.1f}s")
    await barrier.wait()
    print(f"{name} continues at {time.perf_counter() - start:.1f}s")


async def main():
    barrier = asyncio.Barrier(3)
    start = time.perf_counter()
    await asyncio.gather(
        hiker("fast", 0.2, barrier, start),
        hiker("steady", 0.5, barrier, start),
        hiker("slow", 0.9, barrier, start),
    )


asyncio.run(main())
