import asyncio


async def remind(message, delay):
    await asyncio.sleep(delay)
    now = asyncio.get_running_loop().time()
    print(f"{now:.1f} {message}")


async def main():
    asyncio.create_task(remind("stand up", 2))
    asyncio.create_task(remind("stretch", 0.5))
    asyncio.create_task(remind("drink water", 1))
    await asyncio.sleep(1.5)  # long enough for all of them?


asyncio.run(main())
