import asyncio
import time

import simweb


async def download(client, url):
    response = await client.get(url)  # hands the loop back while it waits
    response.raise_for_status()
    return response.content


async def main():
    start = time.perf_counter()
    async with simweb.AsyncClient() as client:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(download(client, url)) for url in simweb.PHOTO_URLS]
    photos = [task.result() for task in tasks]
    print(f"{len(photos)} photos in {time.perf_counter() - start:.1f} s")
    print(f"at most {simweb.stats()['peak_concurrent']} downloads at once")


asyncio.run(main())
