# Two blocking calls run in worker threads with asyncio.to_thread while a
# ticker keeps the event loop busy; nothing lands on the same instant.
import asyncio
import time

start = time.perf_counter()


def t():
    return f"{time.perf_counter() - start:.1f}"


def blocking(name, seconds):
    time.sleep(seconds)
    print(t(), f"thread {name} done")
    return f"{name}:{seconds}"


async def ticker():
    for i in range(5):
        await asyncio.sleep(0.2)
        print(t(), "tick", i)


async def main():
    results = await asyncio.gather(
        asyncio.to_thread(blocking, "x", 0.5),
        asyncio.to_thread(blocking, "y", 0.9),
        ticker(),
    )
    print(t(), results)


asyncio.run(main())
