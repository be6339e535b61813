# When main returns, asyncio.run cancels the task left behind (its finally
# runs), then waits for the default executor's thread to finish its sleep.
import asyncio
import time

start = time.perf_counter()


async def forgotten():
    try:
        await asyncio.to_thread(time.sleep, 0.6)
        print("forgotten finished (wrong)")
    finally:
        print(f"{time.perf_counter() - start:.1f} forgotten task cleans up")


async def main():
    asyncio.create_task(forgotten())
    await asyncio.sleep(0.2)
    print(f"{time.perf_counter() - start:.1f} main returns")


asyncio.run(main())
print(f"{time.perf_counter() - start:.1f} asyncio.run returned")
