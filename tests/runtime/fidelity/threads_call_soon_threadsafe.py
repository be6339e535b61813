# A worker thread hands results back to the event loop with
# call_soon_threadsafe, resolving futures the loop is awaiting.
import asyncio
import threading
import time


def worker(loop, fut, seconds, value):
    time.sleep(seconds)
    loop.call_soon_threadsafe(fut.set_result, value)


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    futs = []
    threads = []
    for seconds, value in [(0.6, "slow"), (0.2, "fast")]:
        fut = loop.create_future()
        thread = threading.Thread(target=worker, args=(loop, fut, seconds, value))
        thread.start()
        futs.append(fut)
        threads.append(thread)
    for fut in asyncio.as_completed(futs):
        value = await fut
        print(f"{loop.time() - start:.1f} got {value}")
    try:
        await asyncio.wait_for(loop.create_future(), 0.3)
    except TimeoutError:
        print(f"{loop.time() - start:.1f} nobody resolves the third future")
    for thread in threads:
        await asyncio.to_thread(thread.join)
    print("threads alive:", [t.is_alive() for t in threads])


asyncio.run(main())
