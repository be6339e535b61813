import asyncio


async def remind(message, delay):
    await asyncio.sleep(delay)
    now = asyncio.get_running_loop().time()
    print(f"{now:.1f} {message}")


async def main():
    await remind("stretch", 0.5)
    await remind("drink water", 1)
    await remind("stand up", 2)


asyncio.run(main())
