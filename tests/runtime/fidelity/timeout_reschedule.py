# asyncio.timeout as a movable deadline: start with none, set one, push it back
# while working, pull another one in early, and use timeout_at.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()

    def t():
        return f"{loop.time() - start:.1f}"

    async with asyncio.timeout(None) as cm:
        print(t(), "no deadline:", cm.when())
        cm.reschedule(loop.time() + 1.0)
        await asyncio.sleep(0.5)
        print(t(), "halfway, pushing the deadline back")
        cm.reschedule(loop.time() + 1.0)
        await asyncio.sleep(0.8)
        print(t(), "still inside, expired:", cm.expired())

    try:
        async with asyncio.timeout(5) as cm:
            cm.reschedule(loop.time() + 0.3)
            await asyncio.sleep(1)
    except TimeoutError:
        print(t(), "pulled-in deadline hit, expired:", cm.expired())

    try:
        async with asyncio.timeout_at(loop.time() + 0.4):
            await asyncio.sleep(0.4)
        print(t(), "timeout_at: sleep finished first")
    except TimeoutError:
        print(t(), "timeout_at: deadline first")


asyncio.run(main())
