# With return_exceptions=True, gather waits for everything and puts
# exceptions in the result list instead of raising them.
import asyncio


async def parse(text, delay):
    await asyncio.sleep(delay)
    return int(text)


async def main():
    results = await asyncio.gather(
        parse("10", 0.2),
        parse("ten", 0.4),
        parse("30", 0.6),
        return_exceptions=True,
    )
    for r in results:
        if isinstance(r, Exception):
            print("error:", type(r).__name__, r)
        else:
            print("value:", r)


asyncio.run(main())
