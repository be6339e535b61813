import asyncio
import time

start = time.perf_counter()
start_line = asyncio.Barrier(3)

async def runner(name, warmup):
    await asyncio.sleep(warmup)
    print(f"{time.perf_counter() - start:.1f} s  {name} is at the start")
    await start_line.wait()  # until all 3 have arrived
    print(f"{time.perf_counter() - start:.1f} s  {name} runs")

async def main():
    await asyncio.gather(runner("Ada", 1), runner("Bo", 2), runner("Cal", 0.5))

asyncio.run(main())
