import asyncio


async def send_receipt(order):
    await asyncio.sleep(1)
    print(f"receipt sent for order {order}")


async def update_stock(order):
    await asyncio.sleep(0.5)
    if order == 2:
        raise ValueError(f"order {order}: item out of stock")
    print(f"stock updated for order {order}")


async def handle(order):
    await asyncio.gather(send_receipt(order), update_stock(order), return_exceptions=True)
    print(f"order {order} done")


async def main():
    for order in (1, 2):
        try:
            await handle(order)
        except ValueError as error:
            print("problem:", error)
    print("shop closed")


asyncio.run(main())
