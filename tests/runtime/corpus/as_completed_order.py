# as_completed yields results in the order they finish, fastest first.
import asyncio


async def roll(name, delay):
    await asyncio.sleep(delay)
    return f"{name} ({delay} s)"


async def main():
    coros = [roll("turtle", 0.9), roll("hare", 0.2), roll("fox", 0.5)]
    for place, next_done in enumerate(asyncio.as_completed(coros), start=1):
        print(place, await next_done)


asyncio.run(main())
