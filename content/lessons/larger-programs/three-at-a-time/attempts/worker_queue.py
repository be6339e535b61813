import asyncio
import time

start = time.perf_counter()
BROKEN = {5, 11}  # the server fails on these two items


class CatalogClient:
    """A pretend client; the server takes 3 at a time."""

    async def item(self, item_id):
        print(f"{time.perf_counter() - start:.1f} s  GET /items/{item_id}")
        await asyncio.sleep(1)
        if item_id in BROKEN:
            raise ConnectionError(f"item {item_id}: server error")
        return f"item {item_id}"


async def worker(client, ids, fetched):
    while True:
        try:
            item_id = ids.get_nowait()
        except asyncio.QueueEmpty:
            return
        try:
            fetched.append(await client.item(item_id))
        except ConnectionError as error:
            print("failed:", error)


async def main():
    client = CatalogClient()
    ids = asyncio.Queue()
    for i in range(1, 13):
        ids.put_nowait(i)
    fetched = []
    async with asyncio.TaskGroup() as tg:
        for _ in range(3):  # three workers: three requests at a time
            tg.create_task(worker(client, ids, fetched))
    print(f"fetched {len(fetched)} items")
    print(f"{time.perf_counter() - start:.1f} s  done")


asyncio.run(main())
