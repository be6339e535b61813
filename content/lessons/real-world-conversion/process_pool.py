import asyncio
import time
from concurrent.futures import ProcessPoolExecutor

import simweb

photos = [bytes(300_000) for _ in range(12)]  # stand-ins for 12 downloaded photos


async def main():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    with ProcessPoolExecutor() as pool:  # one worker per core: 4 here
        jobs = [loop.run_in_executor(pool, simweb.thumbnail, photo) for photo in photos]
        thumbnails = await asyncio.gather(*jobs)
    print(f"{len(thumbnails)} thumbnails in {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    asyncio.run(main())
