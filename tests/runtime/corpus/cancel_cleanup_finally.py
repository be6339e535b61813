# task.cancel() throws CancelledError into the task at its current await;
# finally blocks still run, and afterwards task.cancelled() is True.
import asyncio


async def stream_video():
    print("connection opened")
    try:
        while True:
            await asyncio.sleep(0.25)
            print("frame")
    except asyncio.CancelledError:
        print("cancel received")
        raise  # re-raise so the task really ends up cancelled
    finally:
        print("connection closed")


async def main():
    task = asyncio.create_task(stream_video())
    await asyncio.sleep(0.6)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main saw CancelledError")
    print("cancelled?", task.cancelled(), "done?", task.done())


asyncio.run(main())
