import asyncio
import time
from concurrent.futures import ProcessPoolExecutor

import simweb

INDEX = "https://files.example/photos/index.json"


async def download(client, url):
    async with asyncio.Semaphore(4):
        response = await client.get(url)
    response.raise_for_status()
    return response.content


async def download_all(client, urls):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(download(client, url)) for url in urls]
    return [task.result() for task in tasks]


async def make_thumbnails(photos):
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor() as pool:
        jobs = [loop.run_in_executor(pool, simweb.thumbnail, photo) for photo in photos]
        return await asyncio.gather(*jobs)


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
