import asyncio
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def brightness(photo):
    """Average brightness of a made-up photo, computed pixel by pixel in pure Python."""
    total = 0
    for pixel in range(1_000_000):
        total += (pixel * photo) % 256
    return total // 1_000_000


async def in_pool(pool, photos):
    loop = asyncio.get_running_loop()
    jobs = [loop.run_in_executor(pool, brightness, photo) for photo in photos]
    return await asyncio.gather(*jobs)


async def main():
    photos = [1, 2, 3, 4]

    start = time.perf_counter()
    results = [brightness(photo) for photo in photos]
    alone = time.perf_counter() - start
    print(f"one after another: {alone * 1000:.0f} ms")

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = await in_pool(pool, photos)
    took = time.perf_counter() - start
    print(f"4 threads:         {took * 1000:.0f} ms  ({alone / took:.1f}x as fast)")

    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=4) as pool:
        results = await in_pool(pool, photos)
    took = time.perf_counter() - start
    print(f"4 processes:       {took * 1000:.0f} ms  ({alone / took:.1f}x as fast)")


if __name__ == "__main__":
    asyncio.run(main())
