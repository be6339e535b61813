# time.monotonic() and time.perf_counter() measure elapsed time; only
# their differences are meaningful.
import asyncio
import time


async def main():
    m0 = time.monotonic()
    p0 = time.perf_counter()
    await asyncio.sleep(1.2)
    print(f"monotonic delta: {time.monotonic() - m0:.1f} s")
    await asyncio.sleep(0.3)
    print(f"perf_counter delta: {time.perf_counter() - p0:.1f} s")
    print("clocks move forward:", time.monotonic() > m0)


asyncio.run(main())
