import asyncio


async def read_file():
    print("file: opened")
    try:
        await asyncio.sleep(5)  # reading a huge file
    finally:
        print("file: closed")


async def job():
    print("job: started")
    try:
        await read_file()
        print("job: finished")
    except asyncio.CancelledError:
        print("job: cancelled")
        raise
    finally:
        print("job: finally")


async def main():
    task = asyncio.create_task(job())
    await asyncio.sleep(1)
    task.cancel()
    print("main: cancel requested")
    try:
        await task
    except asyncio.CancelledError:
        print("main: job is cancelled")


asyncio.run(main())
