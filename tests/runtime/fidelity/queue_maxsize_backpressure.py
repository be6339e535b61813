# A bounded queue (maxsize=2) makes a fast producer wait for a slow consumer.
import asyncio
import time

start = time.perf_counter()


def t():
    return f"{time.perf_counter() - start:.1f}"


async def producer(queue):
    for i in range(6):
        await queue.put(i)
        print(t(), f"put {i} (size {queue.qsize()}, full {queue.full()})")
    await queue.put(None)


async def consumer(queue):
    while (item := await queue.get()) is not None:
        await asyncio.sleep(0.3)
        print(t(), f"consumed {item}")


async def main():
    queue = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(queue), consumer(queue))
    print(t(), "empty:", queue.empty())


asyncio.run(main())
