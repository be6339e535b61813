import asyncio
import time
from concurrent.futures import ProcessPoolExecutor


def brightness(photo):
    total = 0
    for pixel in range(2_200_000):
        total += (pixel * photo) % 256
    return total // 2_200_000


def download_and_measure(photo):
    time.sleep(0.1)  # waiting for the network: this thread does not need the GIL
    return brightness(photo)


async def main():
    loop = asyncio.get_running_loop()

    start = time.perf_counter()
    await asyncio.gather(
        asyncio.to_thread(download_and_measure, 1),
        asyncio.to_thread(download_and_measure, 2),
    )
    print(f"2 threads:   {time.perf_counter() - start:.1f} s")

    start = time.perf_counter()
    with ProcessPoolExecutor() as pool:
        await asyncio.gather(
            loop.run_in_executor(pool, brightness, 3),
            loop.run_in_executor(pool, brightness, 4),
        )
    print(f"2 processes: {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    asyncio.run(main())
