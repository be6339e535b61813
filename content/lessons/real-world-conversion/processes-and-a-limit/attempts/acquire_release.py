import asyncio
import time
from concurrent.futures import ProcessPoolExecutor

import simweb

INDEX = "https://files.example/photos/index.json"


async def download(client, slots, url):
    await slots.acquire()
    try:
        response = await client.get(url)
    finally:
        slots.release()
    response.raise_for_status()
    return response.content


async def download_all(client, urls):
    slots = asyncio.Semaphore(4)
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(download(client, slots, url)) for url in urls]
    return [task.result() for task in tasks]


async def thumbnail(pool, photo):
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(pool, simweb.thumbnail, photo)


async def make_thumbnails(photos):
    with ProcessPoolExecutor(max_workers=4) as pool:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(thumbnail(pool, photo)) for photo in photos]
    return [task.result() for task in tasks]


async def main():
    start = time.perf_counter()
    async with simweb.AsyncClient() as client:
        urls = (await client.get(INDEX)).json()["photos"]
        photos = await download_all(client, urls)
    downloaded = time.perf_counter()
    thumbnails = await make_thumbnails(photos)
    done = time.perf_counter()
    print(f"downloads:  {downloaded - start:4.1f} s")
    print(f"thumbnails: {done - downloaded:4.1f} s")
    print(f"total:      {done - start:4.1f} s for {len(thumbnails)} photos")


if __name__ == "__main__":
    asyncio.run(main())
