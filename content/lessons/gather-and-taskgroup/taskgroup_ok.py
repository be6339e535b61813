import asyncio


async def fetch(city, seconds):
    await asyncio.sleep(seconds)
    print(f"{city} arrived")
    return f"{city}: sunny"


async def main():
    async with asyncio.TaskGroup() as tg:
        oslo = tg.create_task(fetch("Oslo", 2))
        lima = tg.create_task(fetch("Lima", 1))
        print("tasks started")
    print("block left: all tasks are done")
    print(oslo.result(), lima.result())


asyncio.run(main())
