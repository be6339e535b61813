import asyncio
import time

start = time.perf_counter()


def compress(data):
    time.sleep(0.3)  # stands in for a heavy computation
    return data[:100]


async def log(message):
    await asyncio.sleep(0.1)  # write to a log server
    print("log:", message)


async def backup(name):
    log(f"backing up {name}")
    packed = compress(name * 1000)
    await asyncio.sleep(0.5)  # upload the packed data
    print(f"{name} uploaded at {time.perf_counter() - start:.1f} s")


async def main():
    await asyncio.gather(backup("photos"), backup("music"))


asyncio.run(main(), debug=True)
