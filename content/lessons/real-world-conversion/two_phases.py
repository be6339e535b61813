import asyncio
import time
from concurrent.futures import ProcessPoolExecutor

import simweb


async def download(client, slots, url):
    async with slots:
        response = await client.get(url)
    return response.content


async def main():
    start = time.perf_counter()
    slots = asyncio.Semaphore(2)
    async with simweb.AsyncClient() as client:
        photos = await asyncio.gather(*(download(client, slots, url) for url in simweb.PHOTO_URLS[:6]))
    print(f"6 photos downloaded at {time.perf_counter() - start:.1f} s")
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        jobs = [loop.run_in_executor(pool, simweb.thumbnail, photo) for photo in photos]
        await asyncio.gather(*jobs)
    print(f"6 thumbnails made at {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    asyncio.run(main())
