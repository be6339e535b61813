import asyncio
import time


async def ticker():
    for n in range(1, 4):
        print(f"tick {n} at {time.perf_counter():.1f} s")
        await asyncio.sleep(0.5)


async def slow_job():
    print("job starts")
    time.sleep(1)  # waits without giving the loop back
    print("job ends")


async def main():
    await asyncio.gather(ticker(), slow_job())


asyncio.run(main())
