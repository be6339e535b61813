import asyncio
import time

start = time.perf_counter()
MIRRORS = {"mirror-us": 1.5, "mirror-eu": 0.4, "mirror-asia": 0.9}  # seconds to send the file


async def download(mirror):
    await asyncio.sleep(MIRRORS[mirror])
    print(f"{time.perf_counter() - start:.1f} s  {mirror} finished")
    return mirror


async def main():
    first = asyncio.get_running_loop().create_future()

    async def race(mirror):
        copy = await download(mirror)
        if not first.done():
            first.set_result(copy)

    tasks = [asyncio.create_task(race(mirror)) for mirror in MIRRORS]
    winner = await first
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(f"{time.perf_counter() - start:.1f} s  using the copy from {winner}")


asyncio.run(main())
