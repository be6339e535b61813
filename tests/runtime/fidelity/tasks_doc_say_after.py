# The asyncio-task documentation's say_after example, scaled down: awaiting
# coroutines one by one, then as tasks, then in a TaskGroup.
import asyncio
import time


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def main():
    start = time.perf_counter()
    print("started at 0.0")
    await say_after(0.3, "hello")
    await say_after(0.6, "world")
    print(f"finished at {time.perf_counter() - start:.1f}")

    start = time.perf_counter()
    task1 = asyncio.create_task(say_after(0.3, "hello"))
    task2 = asyncio.create_task(say_after(0.6, "world"))
    await task1
    await task2
    print(f"tasks finished after {time.perf_counter() - start:.1f}")

    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(say_after(0.6, "world"))
        tg.create_task(say_after(0.3, "hello"))
    print(f"task group finished after {time.perf_counter() - start:.1f}")


asyncio.run(main())
