# A ThreadPoolExecutor with 2 workers and 4 one-second jobs: two jobs must
# wait in the queue, so the whole batch takes 2 seconds.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor


def convert(n):
    time.sleep(1)
    return n * n


async def main():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=2) as pool:
        jobs = [loop.run_in_executor(pool, convert, n) for n in range(1, 5)]
        results = await asyncio.gather(*jobs)
    print(results)
    print(f"total {time.perf_counter() - start:.1f} s")


asyncio.run(main())
