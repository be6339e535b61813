# PriorityQueue hands out the smallest entry first, LifoQueue the newest; two
# workers drain each and take turns at the same instants.
import asyncio


async def drain(queue, name, log):
    while True:
        try:
            item = queue.get_nowait()
        except asyncio.QueueEmpty:
            return
        log.append(f"{name}:{item}")
        await asyncio.sleep(0.25)
        queue.task_done()


async def main():
    pq = asyncio.PriorityQueue()
    for entry in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (5, "whenever")]:
        pq.put_nowait(entry)
    log = []
    await asyncio.gather(drain(pq, "x", log), drain(pq, "y", log))
    print("priority:", log)

    lq = asyncio.LifoQueue()
    for item in "abcde":
        await lq.put(item)
    log = []
    await asyncio.gather(drain(lq, "x", log), drain(lq, "y", log))
    print("lifo:", log)


asyncio.run(main())
