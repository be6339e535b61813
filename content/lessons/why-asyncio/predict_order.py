import asyncio

async def brew(drink, seconds):
    print(f"start {drink}")
    await asyncio.sleep(seconds)  # the machine works; the barista is free
    print(f"{drink} ready")

async def main():
    await asyncio.gather(brew("tea", 3), brew("espresso", 1))
    print("all served")

asyncio.run(main())
