# gather() accepts coroutines, wraps each in a task and returns the results
# in the order the arguments were given, not the order they finished.
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    print(f"finished {name} after {delay} s")
    return name.upper()


async def main():
    results = await asyncio.gather(
        fetch("slow", 1.5),
        fetch("fast", 0.5),
        fetch("medium", 1.0),
    )
    print(results)


asyncio.run(main())
