import asyncio


async def fetch(name, seconds):
    await asyncio.sleep(seconds)
    print(f"{name} arrived")
    return name


async def main():
    results = await asyncio.gather(
        fetch("slow", 2),
        fetch("medium", 1),
        fetch("fast", 0.5),
    )
    print(results)


asyncio.run(main())
