# as_completed yields results in completion order; results that complete at
# the same instant come out in the order their timers were armed, and a
# timeout armed before the tasks started wins a tie.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("a", 0.6), ("b", 0.3), ("c", 0.6), ("d", 0.9), ("e", 0.3)]]
    for next_done in asyncio.as_completed(tasks):
        print("done:", await next_done)

    tasks = [asyncio.create_task(job(n, d)) for n, d in [("f", 0.3), ("g", 0.6), ("h", 0.3), ("i", 0.6)]]
    try:
        async for task in asyncio.as_completed(tasks, timeout=0.6):
            print("async for got:", task.result())
    except TimeoutError:
        print("timeout; done:", [t.done() for t in tasks])
    print("after the timeout:", await asyncio.gather(*tasks))


asyncio.run(main())
