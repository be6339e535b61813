# Consumers do a little CPU work per item before sleeping; items queued at the
# same instant as several consumers wake go to whoever gets there first.
import asyncio


def crunch(n):
    total = 0
    for i in range(n):
        total ^= i * 2654435761 % 4093
    return total


async def consumer(queue, name, log):
    while True:
        item = await queue.get()
        log.append(f"{name}:{item}:{crunch(800) % 10}")
        await asyncio.sleep(0.3)
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    log = []
    workers = [asyncio.create_task(consumer(queue, f"c{i}", log)) for i in range(3)]
    for i in range(4):
        queue.put_nowait(i)
    await asyncio.sleep(0.3)
    for i in range(4, 7):
        queue.put_nowait(i)
    await queue.join()
    for w in workers:
        w.cancel()
    print(log)


asyncio.run(main())
