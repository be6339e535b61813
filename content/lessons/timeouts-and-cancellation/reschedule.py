import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    gaps = [0.8, 0.5, 0.9, 1.5, 0.2]  # seconds until each chunk arrives
    try:
        # timeout_at takes a point in time on the loop's clock, not a duration
        async with asyncio.timeout_at(loop.time() + 1) as cm:
            for number, gap in enumerate(gaps, start=1):
                await asyncio.sleep(gap)  # waiting for the next chunk
                print(f"{loop.time() - start:.1f} s  chunk {number}")
                cm.reschedule(loop.time() + 1)  # one more second for the next one
        print("stream complete")
    except TimeoutError:
        print(f"{loop.time() - start:.1f} s  stalled: no chunk for 1 s")


asyncio.run(main())
