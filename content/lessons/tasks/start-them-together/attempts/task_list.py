import asyncio
import time


async def read_sensor(room, seconds):
    print(f"asking {room}")
    await asyncio.sleep(seconds)  # the sensor answers
    return f"{room}: 21 C"


async def main():
    start = time.perf_counter()
    rooms = [("kitchen", 1), ("attic", 2), ("cellar", 1)]
    tasks = [asyncio.create_task(read_sensor(room, seconds)) for room, seconds in rooms]
    for task in tasks:
        print(await task)
    print(f"took {time.perf_counter() - start:.1f} s")


asyncio.run(main())
