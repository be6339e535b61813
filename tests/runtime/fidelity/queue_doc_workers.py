# The asyncio-queue documentation's workers example, with fixed sleep times
# instead of random ones: three workers share a queue of jobs.
import asyncio
import time

JOBS = [0.5, 0.5, 0.5, 0.25, 0.75, 0.125, 0.375, 0.625, 0.125, 0.5]


async def worker(name, queue):
    while True:
        sleep_for = await queue.get()
        await asyncio.sleep(sleep_for)
        queue.task_done()
        print(f"{name} has slept for {sleep_for:.3f} seconds")


async def main():
    queue = asyncio.Queue()
    for sleep_for in JOBS:
        queue.put_nowait(sleep_for)
    tasks = [asyncio.create_task(worker(f"worker-{i}", queue)) for i in range(3)]
    started_at = time.monotonic()
    await queue.join()
    total_slept_for = time.monotonic() - started_at
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print("====")
    print(f"3 workers slept in parallel for {total_slept_for:.1f} seconds")
    print(f"total expected sleep time: {sum(JOBS):.3f} seconds")


asyncio.run(main())
