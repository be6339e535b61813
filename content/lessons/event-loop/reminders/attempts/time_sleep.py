import asyncio
import time


async def remind(message, delay):
    time.sleep(delay)
    now = asyncio.get_running_loop().time()
    print(f"{now:.1f} {message}")


async def main():
    await asyncio.gather(
        remind("stand up", 2),
        remind("stretch", 0.5),
        remind("drink water", 1),
    )


asyncio.run(main())
