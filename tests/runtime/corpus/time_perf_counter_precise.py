# Durations printed with 3 decimals. Natively the last digit jitters
# (e.g. 0.751), so this program is checked against virtual time only.
import asyncio
import time


async def main():
    start = time.perf_counter()
    await asyncio.sleep(0.25)
    print(f"after first sleep: {time.perf_counter() - start:.3f} s")
    await asyncio.gather(asyncio.sleep(0.5), asyncio.sleep(0.25))
    print(f"took {time.perf_counter() - start:.3f} s")


asyncio.run(main())
