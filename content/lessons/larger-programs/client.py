import asyncio
import time

start = time.perf_counter()


def stamp():
    return f"{time.perf_counter() - start:.1f} s"


class ShopClient:
    """A pretend HTTP client: one connection, shared by every request."""

    async def __aenter__(self):
        await asyncio.sleep(0.5)  # open the connection
        print(stamp(), "connected")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)  # close it politely
        print(stamp(), "closed")

    async def price(self, item):
        await asyncio.sleep(1)  # the request goes over the shared connection
        return {"tea": 3.5, "jam": 2.25, "bread": 1.8}[item]


async def main():
    async with ShopClient() as shop:
        prices = await asyncio.gather(shop.price("tea"), shop.price("jam"), shop.price("bread"))
        print(stamp(), prices)
    print(stamp(), "done")


asyncio.run(main())
