# The seed's semaphore pattern with real work: each holder computes for a few
# thousand iterations after its sleep before it releases, so the wake-ups at the
# same instant are followed by CPU work.
import asyncio
import time

start = time.perf_counter()


def crunch(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


async def access(sem, i):
    async with sem:
        print(f"[{time.perf_counter() - start:.1f}] {i} in")
        await asyncio.sleep(0.5)
        value = crunch(600 + 200 * i)
        print(f"[{time.perf_counter() - start:.1f}] {i} out ({value})")


async def main():
    sem = asyncio.Semaphore(3)
    await asyncio.gather(*(access(sem, i) for i in range(7)))


asyncio.run(main())
