# A lock released at t=0.5 looks free to a task that wakes in the same
# instant, but a newcomer still queues behind the waiters already there
# (asyncio locks are fair).
import asyncio

lock = asyncio.Lock()
log = []


async def holder(name, hold):
    async with lock:
        log.append(f"{name} got the lock")
        await asyncio.sleep(hold)
        log.append(f"{name} lets go")


async def newcomer():
    await asyncio.sleep(0.5)
    log.append(f"newcomer sees locked={lock.locked()}")
    async with lock:
        log.append("newcomer got the lock")


async def main():
    tasks = [asyncio.create_task(holder(f"h{i}", 0.5)) for i in range(3)]
    tasks.append(asyncio.create_task(newcomer()))
    await asyncio.gather(*tasks)
    print("\n".join(log))


asyncio.run(main())
