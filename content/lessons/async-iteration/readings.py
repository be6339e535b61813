import asyncio
import time

start = time.perf_counter()


async def readings(count):
    for n in range(1, count + 1):
        print(f"  sensor: measuring #{n}")
        await asyncio.sleep(1)  # the sensor needs a second per reading
        yield 20 + n


async def main():
    stream = readings(3)
    print("got", type(stream).__name__)
    async for celsius in stream:
        print(f"{time.perf_counter() - start:.1f} s  main: {celsius} C")


asyncio.run(main())
