import asyncio
import time


async def fetch_score():
    await asyncio.sleep(1)
    return 42


async def main():
    task = asyncio.create_task(fetch_score())
    print(task.get_name(), "done?", task.done())
    await asyncio.sleep(2)  # main does something else meanwhile
    print(task.get_name(), "done?", task.done())
    print("result():", task.result())
    start = time.perf_counter()
    score = await task
    print(f"await gave {score} after {time.perf_counter() - start:.1f} s")


asyncio.run(main())
