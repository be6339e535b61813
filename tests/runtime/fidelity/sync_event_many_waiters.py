# Five tasks wait on one Event; it is set at t=1 while another task's sleep
# ends at the same instant; a latecomer finds it already set.
import asyncio
import time

start = time.monotonic()


def now():
    return f"{time.monotonic() - start:.1f}"


async def waiter(event, name):
    print(now(), name, "waits")
    await event.wait()
    print(now(), name, "sees the event")


async def ticker():
    await asyncio.sleep(1)
    print(now(), "ticker ticks")


async def setter(event):
    await asyncio.sleep(1)
    print(now(), "setter sets")
    event.set()
    print(now(), "setter returns, is_set =", event.is_set())


async def latecomer(event):
    await asyncio.sleep(1.5)
    await event.wait()
    print(now(), "latecomer passes straight through")


async def main():
    event = asyncio.Event()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(ticker())
        tg.create_task(setter(event))
        for i in range(5):
            tg.create_task(waiter(event, f"w{i}"))
        tg.create_task(latecomer(event))


asyncio.run(main())
