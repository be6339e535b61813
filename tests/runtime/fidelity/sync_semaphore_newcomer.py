# Semaphore fairness (3.11.1+): a permit released at t=0.5 goes to the task
# already waiting, even if a newcomer asks in the same instant.
import asyncio

log = []


async def holder(sem, name, hold):
    async with sem:
        log.append(f"{name} holds")
        await asyncio.sleep(hold)
    log.append(f"{name} released")


async def newcomer(sem):
    await asyncio.sleep(0.5)
    log.append(f"newcomer asks, locked={sem.locked()}")
    async with sem:
        log.append("newcomer holds")


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(
        holder(sem, "h1", 0.5),
        holder(sem, "h2", 1.0),
        holder(sem, "waiter", 0.25),
        newcomer(sem),
    )
    print("\n".join(log))


asyncio.run(main())
