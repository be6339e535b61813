import asyncio


# The core: plain functions. No I/O, no await, easy to test.
def low_stock(stock, minimum=5):
    return sorted(item for item, count in stock.items() if count < minimum)


def reorder_note(shop, items):
    return f"{shop}: reorder {', '.join(items)}" if items else f"{shop}: all fine"


assert low_stock({"tea": 2, "jam": 9}) == ["tea"]  # a test, no event loop needed


# The edge: talking to the outside world is async.
class WarehouseClient:
    async def stock(self, shop):
        await asyncio.sleep(1)  # a pretend request
        return {"north": {"tea": 2, "jam": 9, "rice": 4}, "south": {"tea": 7}}[shop]


async def main():
    client = WarehouseClient()
    shops = ["north", "south"]
    stocks = await asyncio.gather(*(client.stock(shop) for shop in shops))  # I/O, concurrently
    for shop, stock in zip(shops, stocks):
        print(reorder_note(shop, low_stock(stock)))  # logic, synchronously


asyncio.run(main())
