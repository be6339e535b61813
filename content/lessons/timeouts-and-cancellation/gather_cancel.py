import asyncio


async def fetch(name, seconds):
    try:
        await asyncio.sleep(seconds)
        print(f"{name} fetched")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    batch = asyncio.gather(fetch("a", 1), fetch("b", 2), fetch("c", 3))
    await asyncio.sleep(1.5)
    batch.cancel()  # cancels every child that is still running
    try:
        await batch
    except asyncio.CancelledError:
        print("batch cancelled")


asyncio.run(main())
