import asyncio
import time

PRICES = {"tea": 3, "milk": 2, "bread": 4}


async def fetch_price(item):
    await asyncio.sleep(1)  # asking the price service
    return PRICES[item]


async def main():
    items = ["tea", "milk", "bread"]

    start = time.perf_counter()
    one_by_one = [await fetch_price(item) for item in items]
    print(f"comprehension: {one_by_one} in {time.perf_counter() - start:.1f} s")

    start = time.perf_counter()
    together = await asyncio.gather(*(fetch_price(item) for item in items))
    print(f"gather:        {together} in {time.perf_counter() - start:.1f} s")


asyncio.run(main())
