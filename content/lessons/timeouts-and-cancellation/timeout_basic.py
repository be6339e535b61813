import asyncio
import time


async def download(name, seconds):
    print(f"downloading {name}")
    await asyncio.sleep(seconds)  # waiting for the server
    print(f"{name} downloaded")
    return f"<{name}>"


async def main():
    start = time.perf_counter()
    for name, seconds in [("logo.png", 0.5), ("video.mp4", 3)]:
        try:
            async with asyncio.timeout(1):
                data = await download(name, seconds)
            print("got", data)
        except TimeoutError:
            print(f"{name} took too long")
        print(f"  at {time.perf_counter() - start:.1f} s")


asyncio.run(main())
