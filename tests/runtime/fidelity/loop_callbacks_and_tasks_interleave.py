# Plain callbacks and task steps share one ready queue: timer callbacks due at
# the same instant all run in that batch; the tasks their sleeps wake resume in
# the next iteration, in the order the sleeps were armed.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    log = []

    async def sleeper(name, delay):
        await asyncio.sleep(delay)
        log.append(f"task {name} resumes")
        loop.call_soon(log.append, f"soon from {name}")
        await asyncio.sleep(0)
        log.append(f"task {name} after sleep(0)")

    loop.call_later(0.5, log.append, "timer 1")
    first = asyncio.create_task(sleeper("A", 0.5))
    await asyncio.sleep(0)
    loop.call_later(0.5, log.append, "timer 2")
    second = asyncio.create_task(sleeper("B", 0.5))
    loop.call_later(0.5, log.append, "timer 3")
    await asyncio.gather(first, second)
    print("\n".join(log))


asyncio.run(main())
