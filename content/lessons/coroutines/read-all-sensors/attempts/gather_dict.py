import asyncio
import time


async def read_sensor(name, value):
    print(f"asking {name}")
    await asyncio.sleep(1)  # the sensor takes a second to answer
    return value


async def main():
    start = time.perf_counter()
    sensors = {"hall": 20, "attic": 26, "cellar": 12}
    values = await asyncio.gather(*(read_sensor(name, value) for name, value in sensors.items()))
    readings = dict(zip(sensors, values))
    hall, attic, cellar = readings["hall"], readings["attic"], readings["cellar"]
    print(f"hall {hall}, attic {attic}, cellar {cellar}")
    print(f"took {time.perf_counter() - start:.1f} s")


asyncio.run(main())
