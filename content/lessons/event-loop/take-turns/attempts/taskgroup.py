import asyncio


async def count(name):
    for number in (1, 2, 3):
        print(name, number)
        await asyncio.sleep(0)  # let the other task have a turn


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(count("ping"))
        tg.create_task(count("pong"))


asyncio.run(main())
