import asyncio


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    return name


async def main():
    a = asyncio.create_task(fetch("a", 1))
    b = asyncio.create_task(fetch("b", 2))
    c = asyncio.create_task(fetch("c", 3))
    batch = asyncio.gather(a, b, c, return_exceptions=True)
    await asyncio.sleep(1.5)
    b.cancel()  # someone cancels one child, not the gather
    for result in await batch:
        if isinstance(result, BaseException):  # CancelledError is not an Exception
            print("error:", type(result).__name__)
        else:
            print("ok:", result)


asyncio.run(main())
