import asyncio
import time


async def read_sensor(name, value):
    print(f"asking {name}")
    await asyncio.sleep(1)  # the sensor takes a second to answer
    return value


async def main():
    start = time.perf_counter()
    hall_task = asyncio.create_task(read_sensor("hall", 20))
    attic_task = asyncio.create_task(read_sensor("attic", 26))
    cellar_task = asyncio.create_task(read_sensor("cellar", 12))
    hall = await hall_task
    attic = await attic_task
    cellar = await cellar_task
    print(f"hall {hall}, attic {attic}, cellar {cellar}")
    print(f"took {time.perf_counter() - start:.1f} s")


asyncio.run(main())
