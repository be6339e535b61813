# A worker thread schedules a coroutine on the event loop with
# run_coroutine_threadsafe and hands back the concurrent future; the loop
# awaits it through wrap_future (the thread never blocks on .result()).
import asyncio
import time


async def work(label):
    await asyncio.sleep(0.3)
    return f"{label} done on the loop"


def from_thread(loop):
    time.sleep(0.2)
    return asyncio.run_coroutine_threadsafe(work("job"), loop)


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    concurrent_future = await asyncio.to_thread(from_thread, loop)
    print(f"{loop.time() - start:.1f} thread handed back a future, done: {concurrent_future.done()}")
    result = await asyncio.wrap_future(concurrent_future)
    print(f"{loop.time() - start:.1f}", result)


asyncio.run(main())
