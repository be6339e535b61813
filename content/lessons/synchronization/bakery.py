import asyncio
import time

start = time.perf_counter()

async def baker(shelf):
    for n in range(1, 5):
        await shelf.put(f"loaf {n}")  # waits while the shelf is full
        print(f"{time.perf_counter() - start:.1f} s  baker put loaf {n}")

async def seller(shelf):
    while True:
        loaf = await shelf.get()  # waits while the shelf is empty
        await asyncio.sleep(1)  # selling takes a while
        print(f"{time.perf_counter() - start:.1f} s  sold {loaf}")
        shelf.task_done()

async def main():
    shelf = asyncio.Queue(maxsize=2)
    shop = asyncio.create_task(seller(shelf))
    await baker(shelf)
    await shelf.join()  # until every loaf is sold
    shop.cancel()

asyncio.run(main())
