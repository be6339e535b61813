# When one child of a gather is cancelled, the gather raises CancelledError
# (without return_exceptions) or reports it in the results (with it); the
# other children keep running.
import asyncio


async def worker(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} finished")
    return name


async def main():
    tasks = [asyncio.create_task(worker(n, d)) for n, d in [("a", 0.2), ("b", 0.6), ("c", 0.4)]]
    asyncio.get_running_loop().call_later(0.3, tasks[1].cancel)
    try:
        print(await asyncio.gather(*tasks))
    except asyncio.CancelledError:
        print("gather raised CancelledError; main cancelling():", asyncio.current_task().cancelling())
    await asyncio.sleep(0.2)

    tasks = [asyncio.create_task(worker(n, d)) for n, d in [("d", 0.2), ("e", 0.6), ("f", 0.4)]]
    asyncio.get_running_loop().call_later(0.3, tasks[1].cancel)
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in results])


asyncio.run(main())
