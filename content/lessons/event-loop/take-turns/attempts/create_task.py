import asyncio


async def count(name):
    for number in (1, 2, 3):
        print(name, number)
        await asyncio.sleep(0)  # let the other task have a turn


async def main():
    ping = asyncio.create_task(count("ping"))
    pong = asyncio.create_task(count("pong"))
    await ping
    await pong


asyncio.run(main())
