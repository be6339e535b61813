# Async comprehensions: "async for" inside a comprehension, and "await"
# inside an ordinary comprehension.
import asyncio


async def squares(limit):
    for i in range(limit):
        await asyncio.sleep(0.1)
        yield i * i


async def double(x):
    await asyncio.sleep(0.1)
    return 2 * x


async def main():
    evens = [s async for s in squares(5) if s % 2 == 0]
    print("even squares:", evens)
    doubled = [await double(x) for x in evens]
    print("doubled:", doubled)
    lookup = {s: s + 1 async for s in squares(3)}
    print("dict:", lookup)


asyncio.run(main())
