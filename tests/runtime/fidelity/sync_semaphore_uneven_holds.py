# Semaphore(3) with holds of different lengths: several permits come back at
# the same instant and the waiters get them in arrival order.
import asyncio
import time


async def job(sem, name, hold, start):
    async with sem:
        print(f"{time.perf_counter() - start:.1f} {name} in (holds {hold})")
        await asyncio.sleep(hold)
        print(f"{time.perf_counter() - start:.1f} {name} out")


async def main():
    sem = asyncio.Semaphore(3)
    start = time.perf_counter()
    holds = {"a": 1.0, "b": 0.5, "c": 1.0, "d": 0.3, "e": 0.5, "f": 1.0, "g": 0.5}
    async with asyncio.TaskGroup() as tg:
        for name, hold in holds.items():
            tg.create_task(job(sem, name, hold, start))
    print(f"{time.perf_counter() - start:.1f} all done, locked={sem.locked()}")


asyncio.run(main())
