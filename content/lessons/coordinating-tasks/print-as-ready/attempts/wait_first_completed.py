import asyncio
import time

start = time.perf_counter()
SHOPS = {"Bolt": (1.5, 24.90), "Cargo": (0.5, 27.50), "Dart": (2.0, 22.00), "Echo": (1.0, 25.40)}


async def quote(shop):
    seconds, price = SHOPS[shop]
    await asyncio.sleep(seconds)  # waiting for the shop's answer
    return shop, price


async def main():
    pending = {asyncio.create_task(quote(shop)) for shop in SHOPS}
    quotes = []
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            shop, price = task.result()
            print(f"{time.perf_counter() - start:.1f} s  {shop}: {price:.2f} EUR")
            quotes.append((shop, price))
    best_shop, best_price = min(quotes, key=lambda q: q[1])
    print(f"cheapest: {best_shop} at {best_price:.2f} EUR")


asyncio.run(main())
