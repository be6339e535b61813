import asyncio
import time

start = time.perf_counter()
BROKEN = {5, 11}  # the server fails on these two items


class CatalogClient:
    """A pretend client; the server takes 3 at a time."""

    async def item(self, item_id):
        async with asyncio.Semaphore(3):
            print(f"{time.perf_counter() - start:.1f} s  GET /items/{item_id}")
            await asyncio.sleep(1)
            if item_id in BROKEN:
                raise ConnectionError(f"item {item_id}: server error")
            return f"item {item_id}"


async def main():
    client = CatalogClient()
    ids = range(1, 13)
    results = await asyncio.gather(*(client.item(i) for i in ids), return_exceptions=True)
    fetched = []
    for result in results:
        if isinstance(result, Exception):
            print("failed:", result)
        else:
            fetched.append(result)
    print(f"fetched {len(fetched)} items")
    print(f"{time.perf_counter() - start:.1f} s  done")


asyncio.run(main())
