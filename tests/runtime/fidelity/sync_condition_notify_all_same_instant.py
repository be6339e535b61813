# notify_all() at t=1 wakes four waiters; another task whose sleep also ends at
# t=1 grabs the condition's lock in the same instant.
import asyncio

log = []


async def waiter(cond, name):
    async with cond:
        log.append(f"{name} waiting")
        await cond.wait()
        log.append(f"{name} woke up")


async def sleeper(cond):
    await asyncio.sleep(1)
    log.append(f"sleeper wakes, locked={cond.locked()}")
    async with cond:
        log.append("sleeper holds the lock")


async def announcer(cond):
    await asyncio.sleep(1)
    async with cond:
        log.append("announcer: notify_all")
        cond.notify_all()
    log.append("announcer done")


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(cond, f"w{i}")) for i in range(4)]
    tasks.insert(1, asyncio.create_task(announcer(cond)))
    tasks.append(asyncio.create_task(sleeper(cond)))
    await asyncio.gather(*tasks)
    print("\n".join(log))


asyncio.run(main())
