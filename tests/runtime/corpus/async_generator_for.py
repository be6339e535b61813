# An async generator can await between values; async for consumes it.
import asyncio


async def countdown(n, pause):
    while n > 0:
        yield n
        await asyncio.sleep(pause)
        n -= 1


async def main():
    async for value in countdown(3, 0.2):
        print("T minus", value)
    print("liftoff")


asyncio.run(main())
