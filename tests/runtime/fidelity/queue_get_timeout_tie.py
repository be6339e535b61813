# wait_for(queue.get(), 1) times out in the instant an item arrives: the item
# stays in the queue and the next consumer takes it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    queue = asyncio.Queue()

    def t():
        return f"{loop.time() - start:.1f}"

    async def producer():
        await asyncio.sleep(1)
        queue.put_nowait("parcel")
        print(t(), "parcel queued")

    async def impatient():
        try:
            item = await asyncio.wait_for(queue.get(), 1)
            print(t(), "impatient got", item)
        except TimeoutError:
            print(t(), "impatient timed out; queue size", queue.qsize())

    async def patient():
        await asyncio.sleep(0.5)
        item = await queue.get()
        print(t(), "patient got", item)

    prod = asyncio.create_task(producer())
    await asyncio.sleep(0)
    await asyncio.gather(impatient(), patient(), prod)


asyncio.run(main())
