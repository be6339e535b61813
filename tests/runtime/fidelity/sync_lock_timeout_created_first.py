# The waiter arms its timeout before the holder starts sleeping: at t=1 the
# timeout fires first and cancels the waiter, even though the lock is released
# in the same instant.
import asyncio


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    loop = asyncio.get_running_loop()
    start = loop.time()

    async def waiter():
        try:
            async with asyncio.timeout(1):
                await lock.acquire()
        except TimeoutError:
            print(f"{loop.time() - start:.1f} waiter timed out")
            return
        print(f"{loop.time() - start:.1f} waiter got the lock")
        lock.release()

    task = asyncio.create_task(waiter())
    await asyncio.sleep(0)  # the waiter's deadline is now armed
    await asyncio.sleep(1)
    lock.release()
    print(f"{loop.time() - start:.1f} main released")
    await task
    print("lock is free:", not lock.locked())


asyncio.run(main())
