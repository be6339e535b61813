# Three consumers wait on a Condition; the producer adds items and calls
# notify() once per item, then notify(2) for a pair.
import asyncio


async def consumer(cond, items, name, start, loop):
    async with cond:
        while True:
            await cond.wait_for(lambda: items)
            item = items.pop(0)
            print(f"{loop.time() - start:.1f} {name} took {item}")
            if item == "last":
                cond.notify_all()
                return
            if item == "stop":
                cond.notify()  # pass the baton to the next consumer
                return


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    cond = asyncio.Condition()
    items = []
    consumers = [
        asyncio.create_task(consumer(cond, items, f"c{i}", start, loop)) for i in range(3)
    ]
    await asyncio.sleep(0.1)
    for item in ("apple", "pear"):
        await asyncio.sleep(0.4)
        async with cond:
            items.append(item)
            cond.notify()
    await asyncio.sleep(0.5)
    async with cond:
        items.extend(["fig", "plum"])
        cond.notify(2)
    await asyncio.sleep(0.5)
    async with cond:
        items.extend(["stop", "stop", "last"])
        cond.notify(1)
    await asyncio.gather(*consumers)
    print(f"{loop.time() - start:.1f} leftover {items}")


asyncio.run(main())
