# Stress program for the runtime benchmark: 2,000 tasks, each sleeping 10 times.
import asyncio


async def worker(n):
    for step in range(10):
        await asyncio.sleep(0.001 * ((n + step) % 7 + 1))


async def main():
    await asyncio.gather(*(worker(n) for n in range(2000)))
    print("done")


asyncio.run(main())
