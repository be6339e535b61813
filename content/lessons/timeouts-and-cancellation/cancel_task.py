import asyncio


async def heartbeat():
    beat = 0
    while True:
        beat += 1
        print(f"beat {beat}")
        await asyncio.sleep(1)


async def main():
    task = asyncio.create_task(heartbeat())
    await asyncio.sleep(2.5)
    print("cancel() returned", task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print("main: the task was cancelled")
    print("cancelled()?", task.cancelled())


asyncio.run(main())
