import asyncio
import time

start = time.perf_counter()
SHOPS = {"Bolt": (1.5, 24.90), "Cargo": (0.5, 27.50), "Dart": (2.0, 22.00), "Echo": (1.0, 25.40)}


async def quote(shop):
    seconds, price = SHOPS[shop]
    await asyncio.sleep(seconds)  # waiting for the shop's answer
    return shop, price


async def main():
    quotes = await asyncio.gather(*(quote(shop) for shop in SHOPS))
    for shop, price in sorted(quotes, key=lambda q: SHOPS[q[0]][0]):
        print(f"{time.perf_counter() - start:.1f} s  {shop}: {price:.2f} EUR")
    best_shop, best_price = min(quotes, key=lambda q: q[1])
    print(f"cheapest: {best_shop} at {best_price:.2f} EUR")


asyncio.run(main())
