import asyncio
import time


def export_report(name, fmt="csv"):
    # A library you cannot change: it blocks for 1.8 s.
    time.sleep(1.8)
    return f"{name}.{fmt}"


async def heartbeat():
    for _ in range(4):
        await asyncio.sleep(0.5)
        print(f"still alive at {time.perf_counter():.1f} s")


async def main():
    beats = asyncio.create_task(heartbeat())
    path = await asyncio.to_thread(export_report, "sales", fmt="pdf")
    print(f"saved {path} at {time.perf_counter():.1f} s")
    await beats


asyncio.run(main())
