import asyncio


async def remind(message, delay):
    await asyncio.sleep(delay)
    now = asyncio.get_running_loop().time()
    print(f"{now:.1f} {message}")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(remind("stand up", 2))
        tg.create_task(remind("stretch", 0.5))
        tg.create_task(remind("drink water", 1))


asyncio.run(main())
