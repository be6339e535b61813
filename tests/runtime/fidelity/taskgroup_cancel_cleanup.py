# A failing child makes the TaskGroup cancel its siblings; each sibling cleans
# up (one of them needs an await to do so) before the group reports.
import asyncio


async def worker(name, work, cleanup):
    try:
        await asyncio.sleep(work)
        print(f"{name} did its work")
    except asyncio.CancelledError:
        # The group cancels its tasks in set order (which depends on memory
        # addresses), so only the slow cleaner says when it starts.
        if cleanup:
            print(f"{name} cancelled, cleaning up for {cleanup} s")
        await asyncio.sleep(cleanup)
        print(f"{name} clean")
        raise


async def failing():
    await asyncio.sleep(0.5)
    raise RuntimeError("failing child")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("w1", 2, 0.3))
            tg.create_task(failing())
            tg.create_task(worker("w2", 0.5, 0.1))
            tg.create_task(worker("w3", 2, 0.0))
    except* RuntimeError as eg:
        print(f"{loop.time() - start:.1f} group done:", [str(e) for e in eg.exceptions])


asyncio.run(main())
