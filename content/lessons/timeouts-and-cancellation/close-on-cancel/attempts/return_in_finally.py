import asyncio


class Connection:
    def __init__(self, name):
        self.name = name
        print(f"{name}: connected")

    async def query(self, n):
        await asyncio.sleep(1)  # waiting for the database
        return n * n

    def close(self):
        print(f"{self.name}: connection closed")


async def worker(name):
    conn = Connection(name)
    n = 0
    try:
        while True:
            n += 1
            result = await conn.query(n)
            print(f"{name}: {n} squared is {result}")
    except asyncio.CancelledError:
        print(f"{name}: stopping")
        raise
    finally:
        conn.close()
        return


async def main():
    task = asyncio.create_task(worker("db"))
    await asyncio.sleep(2.5)
    task.cancel()
    try:
        await task
        print("main: the worker ended by itself?!")
    except asyncio.CancelledError:
        print("main: worker cancelled")


asyncio.run(main())
