import asyncio

def now():
    loop = asyncio.get_running_loop()
    return f"{loop.time():.1f}"

async def brew(drink):
    print("brewing", drink)
    await asyncio.sleep(1)
    return drink + " ready"

async def main():
    coro = brew("tea")
    print("called brew")
    await asyncio.sleep(1)
    print("one second later")
    print(await coro)
    print("done at", now())

asyncio.run(main())
