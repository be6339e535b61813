# contextlib.asynccontextmanager turns an async generator into an async
# context manager: code before yield is setup, code after it is teardown.
import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def timer_session(name):
    print(f"open {name}")
    await asyncio.sleep(0.1)
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0.1)
        print(f"close {name}")


async def main():
    async with timer_session("session") as handle:
        print("using", handle)
        await asyncio.sleep(0.5)
    print("after the block")


asyncio.run(main())
