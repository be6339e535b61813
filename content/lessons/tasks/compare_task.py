import asyncio

def now():
    loop = asyncio.get_running_loop()
    return f"{loop.time():.1f}"

async def upload(name):
    print("start", name)
    await asyncio.sleep(2)
    print("done", name)

async def main():
    task = asyncio.create_task(upload("a.txt"))
    print("task created")
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("stopped at", now())

asyncio.run(main())
