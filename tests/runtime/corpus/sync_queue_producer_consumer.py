# A Queue hands work from a producer to consumers. task_done() + join()
# let main wait until every job has been processed.
import asyncio


async def producer(queue):
    for n in range(1, 6):
        await queue.put(n)
        print(f"put job {n}")
        await asyncio.sleep(0.1)


async def consumer(name, queue, done):
    while True:
        n = await queue.get()
        await asyncio.sleep(0.22)
        print(f"{name} finished job {n}")
        done.append(n)
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    done = []
    workers = [asyncio.create_task(consumer(f"w{i}", queue, done)) for i in (1, 2)]
    await producer(queue)
    await queue.join()
    print("all jobs processed:", sorted(done))
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("workers stopped")


asyncio.run(main())
