import asyncio
import time


async def download(name, seconds):
    print(f"start {name}")
    await asyncio.sleep(seconds)  # waiting for the network
    print(f"finished {name}")
    return f"{name} ({seconds} s)"


async def main():
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        report_task = tg.create_task(download("report.pdf", 2))
        photo_task = tg.create_task(download("photo.jpg", 1))
    print("got", report_task.result(), "and", photo_task.result())
    print(f"total {time.perf_counter() - start:.1f} s")


asyncio.run(main())
