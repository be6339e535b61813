import asyncio


async def count(name):
    for number in (1, 2, 3):
        print(name, number)
        await asyncio.sleep(0.1)  # let the other one go


async def main():
    await asyncio.gather(count("ping"), count("pong"))


asyncio.run(main())
