import asyncio


async def main():
    loose = asyncio.Semaphore(2)
    loose.release()  # one release too many: silently allowed
    strict = asyncio.BoundedSemaphore(2)
    try:
        strict.release()
    except ValueError as error:
        print("ValueError:", error)


asyncio.run(main())
