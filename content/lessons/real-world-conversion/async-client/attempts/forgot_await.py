import asyncio
import time

import simweb

INDEX = "https://files.example/photos/index.json"


async def download(client, url):
    response = client.get(url)
    response.raise_for_status()
    return response.content


async def download_all(client, urls):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(download(client, url)) for url in urls]
    return [task.result() for task in tasks]


def make_thumbnails(photos):
    return [simweb.thumbnail(photo) for photo in photos]


async def main():
    start = time.perf_counter()
    async with simweb.AsyncClient() as client:
        urls = (await client.get(INDEX)).json()["photos"]
        photos = await download_all(client, urls)
    downloaded = time.perf_counter()
    thumbnails = make_thumbnails(photos)
    done = time.perf_counter()
    print(f"downloads:  {downloaded - start:4.1f} s")
    print(f"thumbnails: {done - downloaded:4.1f} s")
    print(f"total:      {done - start:4.1f} s for {len(thumbnails)} photos")


asyncio.run(main())
