import asyncio


async def waiter(event):
    await event.wait()


async def main():
    ready = asyncio.Event()
    await asyncio.create_task(waiter(ready), name="waiter")


asyncio.run(main())
