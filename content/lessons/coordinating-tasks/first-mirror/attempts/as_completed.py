import asyncio
import time

start = time.perf_counter()
MIRRORS = {"mirror-us": 1.5, "mirror-eu": 0.4, "mirror-asia": 0.9}  # seconds to send the file


async def download(mirror):
    await asyncio.sleep(MIRRORS[mirror])
    print(f"{time.perf_counter() - start:.1f} s  {mirror} finished")
    return mirror


async def main():
    tasks = [asyncio.create_task(download(mirror)) for mirror in MIRRORS]
    for first in asyncio.as_completed(tasks):
        winner = await first
        break
    for task in tasks:
        task.cancel()  # does nothing to the one that already finished
    await asyncio.gather(*tasks, return_exceptions=True)
    print(f"{time.perf_counter() - start:.1f} s  using the copy from {winner}")


asyncio.run(main())
