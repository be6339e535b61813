import asyncio

async def main():
    loose = asyncio.Semaphore(2)
    loose.release()  # one release too many: no error
    for _ in range(3):
        await loose.acquire()  # none of the three has to wait
    print("a 'limit 2' Semaphore let 3 in")

    strict = asyncio.BoundedSemaphore(2)
    try:
        strict.release()
    except ValueError as error:
        print("ValueError:", error)

asyncio.run(main())
