import asyncio
import time


async def read_sensor(room, seconds):
    print(f"asking {room}")
    await asyncio.sleep(seconds)  # the sensor answers
    return f"{room}: 21 C"


async def main():
    start = time.perf_counter()
    attic_task = asyncio.create_task(read_sensor("attic", 2))
    kitchen_task = asyncio.create_task(read_sensor("kitchen", 1))
    cellar_task = asyncio.create_task(read_sensor("cellar", 1))
    attic = await attic_task
    kitchen = await kitchen_task
    cellar = await cellar_task
    print(kitchen, attic, cellar, sep="\n")
    print(f"took {time.perf_counter() - start:.1f} s")


asyncio.run(main())
