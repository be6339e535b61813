import asyncio
import time
from contextlib import aclosing

start = time.perf_counter()


def stamp():
    return f"{time.perf_counter() - start:.1f} s"


async def numbers():
    try:
        n = 0
        while True:
            n += 1
            await asyncio.sleep(0.5)
            yield n
    finally:
        print(f"{stamp()}  numbers() cleaned up")


async def main():
    async for n in numbers():
        if n == 2:
            break
    print(f"{stamp()}  left the first loop")
    await asyncio.sleep(1)
    print(f"{stamp()}  main woke up")

    async with aclosing(numbers()) as nums:
        async for n in nums:
            if n == 2:
                break
    print(f"{stamp()}  left the aclosing block")


asyncio.run(main())
