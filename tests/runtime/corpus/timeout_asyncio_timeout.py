# asyncio.timeout() cancels the work inside the block when time runs out
# and turns the cancellation into a TimeoutError.
import asyncio


async def slow_query():
    await asyncio.sleep(2)
    return "rows"


async def main():
    try:
        async with asyncio.timeout(0.5):
            rows = await slow_query()
            print("got", rows)
    except TimeoutError:
        print("query took too long, giving up")
    print("still running")


asyncio.run(main())
