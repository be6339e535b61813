# CPU-bound work goes to a ProcessPoolExecutor. The worker function must be
# defined at the top level (so it can be pickled) and the entry point must
# be guarded by if __name__ == "__main__".
import asyncio
import time
from concurrent.futures import ProcessPoolExecutor


def sum_of_squares(n):
    time.sleep(0.5)  # stands in for a long computation
    return sum(i * i for i in range(n))


async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = await asyncio.gather(
            loop.run_in_executor(pool, sum_of_squares, 10),
            loop.run_in_executor(pool, sum_of_squares, 100),
        )
    print(results)


if __name__ == "__main__":
    asyncio.run(main())
