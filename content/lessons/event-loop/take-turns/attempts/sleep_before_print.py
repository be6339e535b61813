import asyncio


async def count(name):
    for number in (1, 2, 3):
        await asyncio.sleep(0)  # let the other counter go first
        print(name, number)


async def main():
    await asyncio.gather(count("ping"), count("pong"))


asyncio.run(main())
