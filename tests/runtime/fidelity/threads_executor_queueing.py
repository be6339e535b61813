# run_in_executor with a 2-thread pool: four blocking jobs queue for the two
# threads; as_completed shows when each one finishes.
import asyncio
import concurrent.futures
import time


def job(seconds):
    time.sleep(seconds)
    return seconds


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        futures = [loop.run_in_executor(pool, job, s) for s in (0.2, 0.4, 0.6, 0.8)]
        for next_done in asyncio.as_completed(futures):
            seconds = await next_done
            print(f"{loop.time() - start:.1f} job of {seconds} s done")
    print(f"{loop.time() - start:.1f} pool shut down")


asyncio.run(main())
