import asyncio
import time

PRICES = {"tea": 3, "milk": 2, "bread": 4, "eggs": 5}
DELAYS = {"tea": 0.6, "milk": 0.4, "bread": 1.0, "eggs": 0.8}


async def fetch_price(item):
    time.sleep(DELAYS[item])  # asking the shop
    return PRICES[item]


async def main():
    start = time.perf_counter()
    basket = ["tea", "milk", "bread", "eggs"]
    prices = await asyncio.gather(*(fetch_price(item) for item in basket))
    for item, price in zip(basket, prices):
        print(f"{item}: {price}")
    print(f"total: {sum(prices)}")
    print(f"took {time.perf_counter() - start:.1f} s")


asyncio.run(main())
