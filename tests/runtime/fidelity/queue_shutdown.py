# Queue.shutdown() (Python 3.13): waiting consumers get QueueShutDown; with
# immediate=False they first drain what is left.
import asyncio


async def consumer(queue, name):
    taken = []
    try:
        while True:
            item = await queue.get()
            taken.append(item)
            await asyncio.sleep(0.2)
            queue.task_done()
    except asyncio.QueueShutDown:
        print(f"{name} sees shutdown after {taken}")


async def main():
    queue = asyncio.Queue()
    consumers = [asyncio.create_task(consumer(queue, f"c{i}")) for i in range(3)]
    for i in range(5):
        queue.put_nowait(i)
    await asyncio.sleep(0.3)
    queue.shutdown()
    try:
        queue.put_nowait(99)
    except asyncio.QueueShutDown:
        print("put after shutdown refused")
    await asyncio.gather(*consumers)
    await queue.join()
    print("joined, size", queue.qsize())


asyncio.run(main())
