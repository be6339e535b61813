import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def thumbnail(photo, width=100):
    """Shrink a made-up photo to `width` px: pure Python work."""
    checksum = sum(map(ord, photo))
    for pixel in range(width * 10_000):
        checksum = (checksum * 31 + pixel) % 9973
    return f"{photo} at {width} px (checksum {checksum})"


async def main():
    loop = asyncio.get_running_loop()
    photos = ["cat.jpg", "owl.jpg", "dog.jpeg", "fox.png"]
    start = time.perf_counter()
    with ThreadPoolExecutor() as pool:
        # no keyword arguments in run_in_executor: use a lambda
        jobs = [loop.run_in_executor(pool, lambda: thumbnail(photo, width=160)) for photo in photos]
        for line in await asyncio.gather(*jobs):
            print(line)
    print(f"took {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    asyncio.run(main())
