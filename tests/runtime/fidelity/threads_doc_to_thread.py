# The asyncio-task documentation's to_thread example, with 0.5 s instead of
# 1 s: a blocking call in a thread and an asyncio.sleep run at the same time.
import asyncio
import time

start = time.perf_counter()


def blocking_io():
    print(f"start blocking_io at {time.perf_counter() - start:.1f}")
    time.sleep(0.5)
    print(f"blocking_io complete at {time.perf_counter() - start:.1f}")


async def main():
    print(f"started main at {time.perf_counter() - start:.1f}")
    await asyncio.gather(asyncio.to_thread(blocking_io), asyncio.sleep(0.5))
    print(f"finished main at {time.perf_counter() - start:.1f}")


asyncio.run(main())
