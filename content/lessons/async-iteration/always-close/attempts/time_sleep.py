import asyncio
import time
from contextlib import asynccontextmanager

open_connections = set()  # hosts we are still connected to


@asynccontextmanager
async def connect(host):
    print(f"open {host}")
    await asyncio.sleep(0.5)  # the handshake
    open_connections.add(host)
    try:
        yield host
    finally:
        time.sleep(0.1)  # goodbye, even after an error
        open_connections.discard(host)
        print(f"close {host}")


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
