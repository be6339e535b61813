import asyncio
import time

TIMES = [1.0, 0.5, 1.5, 0.5, 1.0, 0.5, 1.5, 1.0, 0.5, 1.0]  # ten requests
running = 0
peak = 0


async def request(seconds, gate):
    global running, peak
    async with gate:
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(seconds)
        running -= 1


async def run_all(gate, label):
    global peak
    peak = 0
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        for seconds in TIMES:
            tg.create_task(request(seconds, gate))
    print(f"{label}: {len(TIMES)} tasks, peak {peak} at once, {time.perf_counter() - start:.1f} s")


async def main():
    await run_all(asyncio.Semaphore(10), "Semaphore(10)")
    await run_all(asyncio.Semaphore(3), "Semaphore(3) ")


asyncio.run(main())
