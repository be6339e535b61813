# If main returns while tasks are still running, asyncio.run cancels them:
# their remaining work never happens (only cleanup code runs).
import asyncio


async def save_report():
    print("saving report...")
    try:
        await asyncio.sleep(2)
        print("report saved")  # never printed
    finally:
        print("save_report was stopped")


async def main():
    asyncio.create_task(save_report())
    await asyncio.sleep(0.3)
    print("main returns")


asyncio.run(main())
print("program ends")
