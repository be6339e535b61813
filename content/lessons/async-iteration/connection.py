import asyncio
import time

start = time.perf_counter()


def stamp():
    return f"{time.perf_counter() - start:.1f} s"


class Connection:
    def __init__(self, host):
        self.host = host

    async def __aenter__(self):
        print(f"{stamp()}  connecting to {self.host}")
        await asyncio.sleep(0.5)  # the handshake takes a while
        print(f"{stamp()}  connected")
        return self  # this is what `as` receives

    async def __aexit__(self, exc_type, exc, tb):
        print(f"{stamp()}  closing")
        await asyncio.sleep(0.2)  # saying goodbye to the server
        print(f"{stamp()}  closed")

    async def query(self, sql):
        await asyncio.sleep(1)
        return f"3 rows for {sql!r}"


async def main():
    async with Connection("db.example") as conn:
        rows = await conn.query("SELECT * FROM pets")
        print(f"{stamp()}  {rows}")
    print(f"{stamp()}  after the block")


asyncio.run(main())
