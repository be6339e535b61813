import asyncio


async def save_report():
    try:
        await asyncio.sleep(1)
        print("report saved")
    except asyncio.CancelledError:
        print("report cancelled")
        raise


async def notify():
    await asyncio.sleep(0.5)
    raise ConnectionError("mail server down")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(save_report())
            tg.create_task(notify())
            print("request handled")
    except* ConnectionError as group:
        print("notify failed:", group.exceptions[0])
    print("main returns")


asyncio.run(main())
