# Tasks start in the order they were created (the ready queue is FIFO),
# no matter in which order we await them.
import asyncio


async def step(name):
    print(f"{name} starts")
    await asyncio.sleep(0.1)
    print(f"{name} ends")
    return name


async def main():
    a = asyncio.create_task(step("A"))
    b = asyncio.create_task(step("B"))
    c = asyncio.create_task(step("C"))
    print("awaiting C first")
    print("got", await c)
    print("got", await b)
    print("got", await a)


asyncio.run(main())
