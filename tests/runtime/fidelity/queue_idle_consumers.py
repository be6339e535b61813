# Four consumers wait on an empty queue. Three items arrive at once, then one
# more arrives at the same instant as three consumers finish: one of those
# takes it before the idle consumer that was woken for it.
import asyncio
import time

start = time.perf_counter()


def t():
    return f"{time.perf_counter() - start:.1f}"


async def consumer(queue, name):
    while True:
        item = await queue.get()
        print(t(), name, "takes", item)
        await asyncio.sleep(0.5)
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    consumers = [asyncio.create_task(consumer(queue, f"c{i}")) for i in range(4)]
    await asyncio.sleep(1.0)
    for i in range(3):
        queue.put_nowait(f"job{i}")
    await asyncio.sleep(0.5)
    queue.put_nowait("job3")
    await asyncio.sleep(0.2)
    queue.put_nowait("job4")
    await queue.join()
    print(t(), "all jobs done")
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)


asyncio.run(main())
