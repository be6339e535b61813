# asyncio.to_thread runs a blocking function in a worker thread, so two
# 1-second blocking calls overlap and take about 1 second together.
import asyncio
import time


def read_sensor(name):
    time.sleep(1)  # blocking, but only for this worker thread
    return f"{name}=21"


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(
        asyncio.to_thread(read_sensor, "kitchen"),
        asyncio.to_thread(read_sensor, "garage"),
    )
    print(results)
    print(f"total {time.perf_counter() - start:.1f} s")


asyncio.run(main())
