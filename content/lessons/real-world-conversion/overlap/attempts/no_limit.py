import asyncio
import time
from concurrent.futures import ProcessPoolExecutor

import simweb

INDEX = "https://files.example/photos/index.json"


async def download(client, slots, url):
    response = await client.get(url)
    response.raise_for_status()
    return response.content


async def handle(client, slots, pool, url):
    photo = await download(client, slots, url)  # slot free again
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(pool, simweb.thumbnail, photo)


async def main():
    start = time.perf_counter()
    slots = asyncio.Semaphore(4)
    async with simweb.AsyncClient() as client:
        urls = (await client.get(INDEX)).json()["photos"]
        with ProcessPoolExecutor() as pool:
            async with asyncio.TaskGroup() as tg:
                tasks = [tg.create_task(handle(client, slots, pool, url)) for url in urls]
    thumbnails = [task.result() for task in tasks]
    done = time.perf_counter()
    print(f"total:      {done - start:4.1f} s for {len(thumbnails)} photos")


if __name__ == "__main__":
    asyncio.run(main())
