import asyncio


async def brew(drink, seconds):
    print(f"start {drink}")
    await asyncio.sleep(seconds)
    print(f"{drink} ready after {seconds} s")
    return drink


async def main():
    drinks = await asyncio.gather(brew("tea", 3), brew("coffee", 2), brew("juice", 1))
    print("served:", ", ".join(drinks))


asyncio.run(main())
