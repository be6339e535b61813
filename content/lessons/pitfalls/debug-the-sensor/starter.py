import asyncio
import time

start = time.perf_counter()


def read_sensor():
    time.sleep(0.8)  # a slow driver you cannot change
    return 21


async def heartbeat():
    for _ in range(4):
        print(f"{time.perf_counter() - start:.1f} s  heartbeat")
        await asyncio.sleep(0.5)


async def poll_sensor():
    for _ in range(2):
        value = read_sensor()
        print(f"{time.perf_counter() - start:.1f} s  sensor: {value} °C")
        asyncio.sleep(0.5)  # rest between readings


async def main():
    await asyncio.gather(heartbeat(), poll_sensor())


asyncio.run(main(), debug=True)
