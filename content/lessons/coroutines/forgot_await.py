import asyncio

async def brew(drink):
    print(f"brewing {drink}")
    await asyncio.sleep(1)
    return f"{drink} is ready"

async def main():
    brew("tea")  # forgot the await
    print("main is done")

asyncio.run(main())
