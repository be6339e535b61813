import asyncio


async def worker(first, second):
    async with first:
        await asyncio.sleep(0.1)
        async with second:
            pass


async def main():
    lock_a, lock_b = asyncio.Lock(), asyncio.Lock()
    await asyncio.gather(worker(lock_a, lock_b), worker(lock_b, lock_a))


asyncio.run(main())
