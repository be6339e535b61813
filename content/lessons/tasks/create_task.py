import asyncio
import time


async def brew(drink, seconds):
    print(f"start {drink}")
    await asyncio.sleep(seconds)
    print(f"{drink} ready")
    return drink


async def main():
    start = time.perf_counter()
    tea = asyncio.create_task(brew("tea", 2))
    coffee = asyncio.create_task(brew("coffee", 1))
    print("both scheduled")
    drinks = [await tea, await coffee]
    print(drinks)
    print(f"took {time.perf_counter() - start:.1f} s")


asyncio.run(main())
