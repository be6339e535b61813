import asyncio
import time

start = time.perf_counter()
doors_open = asyncio.Event()

async def visitor(name):
    print(f"{name} queues up")
    await doors_open.wait()  # suspended until the flag is set
    print(f"{time.perf_counter() - start:.1f} s  {name} goes in")

async def main():
    visitors = [asyncio.create_task(visitor(n)) for n in ("Ana", "Ben", "Cy")]
    await asyncio.sleep(2)
    print("opening the doors")
    doors_open.set()
    await asyncio.gather(*visitors)

asyncio.run(main())
