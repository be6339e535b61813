import asyncio
import time


async def read_sensor(room, seconds):
    print(f"asking {room}")
    await asyncio.sleep(seconds)  # the sensor answers
    return f"{room}: 21 C"


async def main():
    start = time.perf_counter()
    kitchen = await read_sensor("kitchen", 1)
    attic = await read_sensor("attic", 2)
    cellar = await read_sensor("cellar", 1)
    print(kitchen, attic, cellar, sep="\n")
    print(f"took {time.perf_counter() - start:.1f} s")


asyncio.run(main())
