import asyncio
from contextlib import AsyncExitStack, asynccontextmanager

open_connections = set()  # hosts we are still connected to


async def hang_up(host):
    await asyncio.sleep(0.1)  # saying goodbye
    open_connections.discard(host)
    print(f"close {host}")


@asynccontextmanager
async def connect(host):
    async with AsyncExitStack() as stack:
        print(f"open {host}")
        await asyncio.sleep(0.5)  # the handshake
        open_connections.add(host)
        stack.push_async_callback(hang_up, host)
        yield host


async def save(host, record):
    async with connect(host):
        await asyncio.sleep(0.3)  # writing the record
        if not record:
            raise ValueError(f"empty record for {host}")
        print(f"saved {record!r} on {host}")


async def main():
    for host, record in [("alpha", "cats"), ("beta", ""), ("gamma", "dogs")]:
        try:
            await save(host, record)
        except ValueError as error:
            print("save failed:", error)
    print("still open:", sorted(open_connections) or "nothing")


asyncio.run(main())
