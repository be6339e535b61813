import asyncio
import time

PRICES = {"tea": 3, "milk": 2, "bread": 4}


async def fetch_price(item):
    await asyncio.sleep(1)  # asking the price service
    return PRICES[item]


async def prices(items):
    for item in items:
        yield await fetch_price(item)


async def main():
    items = ["tea", "milk", "bread"]

    start = time.perf_counter()
    first = [price async for price in prices(items)]
    print(f"{first} after {time.perf_counter() - start:.1f} s")

    start = time.perf_counter()
    second = [await fetch_price(item) for item in items]
    print(f"{second} after {time.perf_counter() - start:.1f} s")

    start = time.perf_counter()
    cheap = {item: await fetch_price(item) for item in items if item != "bread"}
    print(f"{cheap} after {time.perf_counter() - start:.1f} s")


asyncio.run(main())
