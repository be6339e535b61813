import asyncio
import time
from concurrent.futures import ProcessPoolExecutor


def sharpness(photo):
    """Score one photo: pure Python computing, no waiting."""
    levels = photo + 90
    score = 0
    for pixel in range(2_200_000):
        score += (pixel * photo) % levels
    return score // 2_200_000


async def main():
    loop = asyncio.get_running_loop()
    photos = [3, 5, 7, 11]
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=4) as pool:
        jobs = [loop.run_in_executor(pool, sharpness, photo) for photo in photos]
        scores = await asyncio.gather(*jobs)
    print(f"scores {scores} in {time.perf_counter() - start:.1f} s")


asyncio.run(main())
