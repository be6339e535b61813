# wait_for(lock.acquire(), timeout) where the holder lets go exactly when the
# timeout expires, and with a little more or less time.
import asyncio


async def hold(lock, seconds):
    async with lock:
        await asyncio.sleep(seconds)


async def try_lock(lock, timeout):
    try:
        await asyncio.wait_for(lock.acquire(), timeout)
    except TimeoutError:
        return f"timeout={timeout}: timed out, locked={lock.locked()}"
    lock.release()
    return f"timeout={timeout}: got the lock"


async def main():
    loop = asyncio.get_running_loop()
    for timeout in (0.5, 1.0, 1.5):
        lock = asyncio.Lock()
        start = loop.time()
        holder = asyncio.create_task(hold(lock, 1.0))
        await asyncio.sleep(0)
        print(await try_lock(lock, timeout), f"after {loop.time() - start:.1f} s")
        await holder


asyncio.run(main())
