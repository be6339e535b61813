# asyncio.wait(timeout=1) with a task that finishes at t=1. If the tasks have
# not started yet, wait's timer is armed first and wins; if they started
# earlier, the task is done by the time wait returns.
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def round_(label, start_first):
    tasks = [asyncio.create_task(job(1.0), name="one"), asyncio.create_task(job(2.0), name="two")]
    if start_first:
        await asyncio.sleep(0)
    done, pending = await asyncio.wait(tasks, timeout=1.0)
    print(label, "done:", sorted(t.get_name() for t in done), "pending:", sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)


async def main():
    await round_("not started:", False)
    await round_("started first:", True)


asyncio.run(main())
