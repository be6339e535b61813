import asyncio


async def heartbeat():
    for beat in range(1, 4):
        print("heartbeat", beat)
        await asyncio.sleep(0.5)


async def fetch_price():
    await asyncio.sleep(1.5)  # a slow server
    return 42


async def main():
    _, price = await asyncio.gather(heartbeat(), fetch_price())
    print("price", price)


asyncio.run(main())
