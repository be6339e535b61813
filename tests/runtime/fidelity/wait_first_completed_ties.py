# wait(FIRST_COMPLETED) when two tasks finish at the same instant: both are in
# the done set. Names are printed sorted, as sets have no order.
import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    tasks = {
        asyncio.create_task(job(d), name=n)
        for n, d in [("a", 1.0), ("b", 2.0), ("c", 1.0), ("d", 1.5), ("e", 0.5), ("f", 0.5)]
    }
    pending = tasks
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        print("done:", names(done), "pending:", names(pending))


asyncio.run(main())
