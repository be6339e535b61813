import asyncio
import time

start = time.perf_counter()


SECONDS = {1: 1.0, 2: 0.5, 3: 0.7, 4: 0.4, 5: 0.6, 6: 0.8, 7: 0.2}


async def fetch_product(pid):  # a pretend request
    await asyncio.sleep(SECONDS[pid])
    if pid % 4 == 0:
        raise LookupError(f"product {pid} not found")
    return f"product {pid}"


async def worker(name, todo, results):
    while not todo.empty():
        pid = todo.get_nowait()
        try:
            results[pid] = await fetch_product(pid)
        except LookupError as error:
            results[pid] = error  # note it and carry on with the next item
        print(f"{time.perf_counter() - start:.1f} s  {name} finished {pid}")


async def main():
    todo = asyncio.Queue()
    for pid in range(1, 8):
        todo.put_nowait(pid)
    results = {}
    async with asyncio.TaskGroup() as tg:
        for n in range(3):
            tg.create_task(worker(f"worker {n}", todo, results))
    failed = [pid for pid, r in results.items() if isinstance(r, Exception)]
    print(f"{len(results) - len(failed)} ok, failed: {failed}")


asyncio.run(main())
