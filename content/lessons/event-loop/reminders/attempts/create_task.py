import asyncio


async def remind(message, delay):
    await asyncio.sleep(delay)
    now = asyncio.get_running_loop().time()
    print(f"{now:.1f} {message}")


async def main():
    stand_up = asyncio.create_task(remind("stand up", 2))
    stretch = asyncio.create_task(remind("stretch", 0.5))
    drink = asyncio.create_task(remind("drink water", 1))
    await stand_up
    await stretch
    await drink


asyncio.run(main())
