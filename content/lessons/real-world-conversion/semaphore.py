import asyncio
import time

import simweb


async def download(client, slots, url):
    async with slots:  # wait here while 4 downloads are running
        response = await client.get(url)
    response.raise_for_status()
    return response.content


async def main():
    start = time.perf_counter()
    slots = asyncio.Semaphore(4)
    async with simweb.AsyncClient() as client:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(download(client, slots, url)) for url in simweb.PHOTO_URLS]
    print(f"{len(tasks)} photos in {time.perf_counter() - start:.1f} s")
    print(f"at most {simweb.stats()['peak_concurrent']} downloads at once")


asyncio.run(main())
