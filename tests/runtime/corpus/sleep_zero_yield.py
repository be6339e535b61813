# await asyncio.sleep(0) gives other ready tasks a turn without waiting,
# so two loops interleave their prints.
import asyncio


async def worker(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(worker("ping", 3), worker("pong", 3))
    print("no time passed")


asyncio.run(main())
