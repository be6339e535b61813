# wait_for(cond.wait(), 0.5): on timeout, wait() must take the lock back
# before TimeoutError reaches the caller, so the caller waits for the holder.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    cond = asyncio.Condition()

    def t():
        return f"{loop.time() - start:.1f}"

    async def waiter():
        async with cond:
            try:
                await asyncio.wait_for(cond.wait(), 0.5)
                print(t(), "notified")
            except TimeoutError:
                print(t(), "timed out, holding the lock again:", cond.locked())

    async def busy():
        await asyncio.sleep(0.4)
        async with cond:
            print(t(), "busy takes the lock")
            await asyncio.sleep(0.4)
            print(t(), "busy lets go")

    await asyncio.gather(waiter(), busy())


asyncio.run(main())
