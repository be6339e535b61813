# Seed 000's example: five resources behind Semaphore(2), each held for one
# second. At t=1 both holders wake in the same loop iteration, so both release
# before the next waiter gets in.
import asyncio
import time

start = time.perf_counter()


def stamp():
    return f"[{time.perf_counter() - start:.1f}]"


async def access_resource(semaphore, resource_id):
    async with semaphore:
        print(f"{stamp()} Accessing resource {resource_id}")
        await asyncio.sleep(1)
        print(f"{stamp()} Releasing resource {resource_id}")


async def main():
    semaphore = asyncio.Semaphore(2)
    await asyncio.gather(*(access_resource(semaphore, i) for i in range(5)))


asyncio.run(main())
