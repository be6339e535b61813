# Work inside and outside a lock: tasks that wake at the same instant compute
# before asking for the lock; who asks first gets it first.
import asyncio


def crunch(n):
    total = 0
    for i in range(n):
        total = (total + i * 31) % 1009
    return total


async def task(lock, name, work, log):
    await asyncio.sleep(0.5)
    value = crunch(work)
    log.append(f"{name} computed {value}, lock busy: {lock.locked()}")
    async with lock:
        log.append(f"{name} has the lock")
        crunch(1000)
        await asyncio.sleep(0.1)
    log.append(f"{name} released")


async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(task(lock, n, w, log) for n, w in [("p", 3000), ("q", 100), ("r", 2000), ("s", 500)]))
    print("\n".join(log))


asyncio.run(main())
