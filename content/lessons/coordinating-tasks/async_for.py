import asyncio
import time

start = time.perf_counter()


async def ping(seconds, up=True):
    await asyncio.sleep(seconds)
    if not up:
        raise ConnectionError("no answer")
    return f"answered in {seconds} s"


async def main():
    sites = {
        asyncio.create_task(ping(1.5)): "shop.example",
        asyncio.create_task(ping(0.5)): "blog.example",
        asyncio.create_task(ping(1.0, up=False)): "mail.example",
    }
    async for task in asyncio.as_completed(sites):
        name = sites[task]  # the very task we created, so the dict finds it
        try:
            print(f"{time.perf_counter() - start:.1f} s  {name}: {task.result()}")
        except ConnectionError as error:
            print(f"{time.perf_counter() - start:.1f} s  {name}: DOWN ({error})")


asyncio.run(main())
