# The smallest asyncio program: one coroutine run by asyncio.run.
import asyncio


async def main():
    print("hello")
    await asyncio.sleep(0.5)
    print("world")


asyncio.run(main())
