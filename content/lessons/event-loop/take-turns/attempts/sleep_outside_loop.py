import asyncio


async def count(name):
    await asyncio.sleep(0)  # let the other task have a turn
    for number in (1, 2, 3):
        print(name, number)


async def main():
    await asyncio.gather(count("ping"), count("pong"))


asyncio.run(main())
