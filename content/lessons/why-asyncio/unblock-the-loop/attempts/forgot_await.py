import asyncio
import time


async def heartbeat():
    for beat in range(1, 4):
        print("heartbeat", beat)
        await asyncio.sleep(0.5)


async def fetch_price():
    asyncio.sleep(1.5)  # pretend this waits for a slow server
    return 42


async def main():
    pulse = asyncio.create_task(heartbeat())
    price = await fetch_price()
    print("price", price)
    await pulse


asyncio.run(main())
