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
    done, pending = await asyncio.wait(tasks)
    for task in pending:
        task.cancel()  # we have a copy: stop the others
    await asyncio.wait(pending)  # until they have really stopped
    winner = done.pop()
    print(f"{time.perf_counter() - start:.1f} s  using the copy from {winner.result()}")


asyncio.run(main())
