import asyncio


async def send_receipt(order):
    await asyncio.sleep(0.5)
    raise ConnectionError(f"mail server refused the receipt for order {order}")


async def main():
    asyncio.create_task(send_receipt(42))  # fire and forget
    await asyncio.sleep(1)
    print("order 42 complete")


asyncio.run(main())
