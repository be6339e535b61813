import asyncio
import time

async def water(plant):
    print(f"watering {plant}")
    await asyncio.sleep(1)  # the can fills up
    print(f"{plant} done")

async def main():
    start = time.perf_counter()
    await asyncio.gather(water("fern"), water("cactus"), water("basil"))
    print(f"took {time.perf_counter() - start:.1f} s")

asyncio.run(main())
