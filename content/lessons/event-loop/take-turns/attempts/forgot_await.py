import asyncio


async def count(name):
    for number in (1, 2, 3):
        print(name, number)
        asyncio.sleep(0)  # let the other task have a turn


async def main():
    await asyncio.gather(count("ping"), count("pong"))


asyncio.run(main())
