# asyncio.wait_for(aw, timeout) returns the result if it arrives in time,
# otherwise it cancels the awaitable and raises TimeoutError.
import asyncio


async def answer(delay):
    await asyncio.sleep(delay)
    return f"answered after {delay} s"


async def main():
    print(await asyncio.wait_for(answer(0.2), timeout=1))
    try:
        await asyncio.wait_for(answer(3), timeout=0.4)
    except TimeoutError:
        print("no answer within 0.4 s")


asyncio.run(main())
