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


async def fetch(client, slots, item_id):
    async with slots:
        try:
            return await client.item(item_id)
        except ConnectionError as error:
            print("failed:", error)
            return None


async def main():
    client = CatalogClient()
    slots = asyncio.Semaphore(3)
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(client, slots, i)) for i in range(1, 13)]
    fetched = [task.result() for task in tasks if task.result() is not None]
    print(f"fetched {len(fetched)} items")
    print(f"{time.perf_counter() - start:.1f} s  done")


asyncio.run(main())
