import asyncio
import time
from concurrent.futures import ProcessPoolExecutor

import simweb

INDEX = "https://files.example/photos/index.json"


async def worker(client, pool, urls, thumbnails):
    loop = asyncio.get_running_loop()
    while True:
        try:
            url = urls.get_nowait()
        except asyncio.QueueEmpty:
            return
        response = await client.get(url)  # one download per worker at a time
        response.raise_for_status()
        thumbnails.append(loop.run_in_executor(pool, simweb.thumbnail, response.content))


async def main():
    start = time.perf_counter()
    urls = asyncio.Queue()
    async with simweb.AsyncClient() as client:
        for url in (await client.get(INDEX)).json()["photos"]:
            urls.put_nowait(url)
        jobs = []
        with ProcessPoolExecutor() as pool:
            async with asyncio.TaskGroup() as tg:
                for _ in range(4):  # four workers: at most four downloads at a time
                    tg.create_task(worker(client, pool, urls, jobs))
            thumbnails = await asyncio.gather(*jobs)
    done = time.perf_counter()
    print(f"total:      {done - start:4.1f} s for {len(thumbnails)} photos")


if __name__ == "__main__":
    asyncio.run(main())
