# A class with __aenter__ and __aexit__ works with "async with"; both
# methods may await. __aexit__ also runs when the body raises.
import asyncio


class Connection:
    def __init__(self, host):
        self.host = host

    async def __aenter__(self):
        await asyncio.sleep(0.2)
        print(f"connected to {self.host}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)
        print(f"disconnected from {self.host} (error: {exc_type.__name__ if exc_type else None})")
        return False  # do not swallow exceptions

    async def query(self, sql):
        await asyncio.sleep(0.3)
        return f"result of {sql!r}"


async def main():
    async with Connection("db.local") as conn:
        print(await conn.query("SELECT 1"))
    try:
        async with Connection("db.local") as conn:
            raise RuntimeError("bad query")
    except RuntimeError as e:
        print("caught:", e)


asyncio.run(main())
