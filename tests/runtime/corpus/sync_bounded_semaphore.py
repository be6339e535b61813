# A BoundedSemaphore refuses to be released more times than it was acquired,
# which catches bugs that a plain Semaphore would hide.
import asyncio


async def main():
    plain = asyncio.Semaphore(1)
    plain.release()  # no error: the limit silently became 2
    await plain.acquire()
    await plain.acquire()
    print("plain semaphore acquired twice with limit 1")

    bounded = asyncio.BoundedSemaphore(1)
    async with bounded:
        print("inside, locked:", bounded.locked())
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
