# asyncio.wait(..., return_when=FIRST_COMPLETED) returns as soon as one
# task is done; the rest are returned as pending and can be cancelled.
import asyncio


async def mirror(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = {
        asyncio.create_task(mirror("europe", 0.7)),
        asyncio.create_task(mirror("asia", 0.3)),
        asyncio.create_task(mirror("america", 0.5)),
    }
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("fastest mirror:", [t.result() for t in done])
    print("still pending:", len(pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print("cancelled:", sum(t.cancelled() for t in pending))


asyncio.run(main())
