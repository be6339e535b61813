import asyncio
import time

start = time.perf_counter()


class ShopClient:
    def __init__(self, limit):
        self.slots = asyncio.Semaphore(limit)  # the server allows `limit` requests at once

    async def product(self, pid):
        async with self.slots:
            print(f"{time.perf_counter() - start:.1f} s  GET /products/{pid}")
            await asyncio.sleep(1)
            if pid % 4 == 0:
                raise LookupError(f"product {pid} not found")
            return f"product {pid}"


async def main():
    shop = ShopClient(limit=3)
    ids = range(1, 8)
    results = await asyncio.gather(*(shop.product(pid) for pid in ids), return_exceptions=True)
    for pid, result in zip(ids, results):
        status = "failed" if isinstance(result, Exception) else "ok"
        print(f"{pid}: {status:6}  {result}")
    print(f"{time.perf_counter() - start:.1f} s  done")


asyncio.run(main())
