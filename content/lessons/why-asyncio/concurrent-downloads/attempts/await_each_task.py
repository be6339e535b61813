import asyncio
import time


async def download(name, seconds):
    print(f"start {name}")
    await asyncio.sleep(seconds)  # waiting for the network
    print(f"finished {name}")
    return f"{name} ({seconds} s)"


async def main():
    start = time.perf_counter()
    report = await asyncio.create_task(download("report.pdf", 2))
    photo = await asyncio.create_task(download("photo.jpg", 1))
    print("got", report, "and", photo)
    print(f"total {time.perf_counter() - start:.1f} s")


asyncio.run(main())
