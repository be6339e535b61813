import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def download(name):
    # Blocking, like a synchronous HTTP client: 1 second per file.
    print(f"{time.perf_counter():.1f} s  {threading.current_thread().name} starts {name}")
    time.sleep(1)
    return name


async def main():
    loop = asyncio.get_running_loop()
    files = ["a.csv", "b.csv", "c.csv", "d.csv", "e.csv"]
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="downloader") as pool:
        jobs = [loop.run_in_executor(pool, download, name) for name in files]
        done = await asyncio.gather(*jobs)
    print(f"{time.perf_counter():.1f} s  downloaded {len(done)} files")


asyncio.run(main())
