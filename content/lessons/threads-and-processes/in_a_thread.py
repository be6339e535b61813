import asyncio
import time


def brightness(photo):
    total = 0
    for pixel in range(2_200_000):
        total += (pixel * photo) % 256
    return total // 2_200_000


def measure_album(photos):
    return [brightness(photo) for photo in photos]


async def ticker():
    for _ in range(4):
        await asyncio.sleep(0.1)
        print(f"tick at {time.perf_counter():.1f} s")


async def main():
    ticks = asyncio.create_task(ticker())
    levels = await asyncio.to_thread(measure_album, [1, 2, 3])
    print(f"album measured at {time.perf_counter():.1f} s: {levels}")
    await ticks


asyncio.run(main(), debug=True)
