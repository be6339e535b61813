# Semaphore(3): a permit taken at t=0.25 for 0.25 s comes back at t=0.5, the
# same instant as two taken at t=0; the waiters see them return in the order
# the holders' sleeps were armed.
import asyncio

log = []


async def job(sem, name, hold):
    async with sem:
        log.append(f"{name} in")
        await asyncio.sleep(hold)
        log.append(f"{name} out")


async def main():
    sem = asyncio.Semaphore(3)
    holds = [("a", 0.5), ("b", 0.25), ("c", 0.5), ("d", 0.25), ("e", 0.25), ("f", 0.5), ("g", 0.25)]
    await asyncio.gather(*(job(sem, name, hold) for name, hold in holds))
    print("\n".join(log))


asyncio.run(main())
