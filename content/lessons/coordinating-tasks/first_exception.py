import asyncio
import time

start = time.perf_counter()


async def upload(part, seconds, broken=False):
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"{time.perf_counter() - start:.1f} s  part {part} cancelled")
        raise
    if broken:
        raise OSError("connection reset")
    print(f"{time.perf_counter() - start:.1f} s  part {part} uploaded")


async def main():
    parts = [
        asyncio.create_task(upload(1, 0.5), name="part 1"),
        asyncio.create_task(upload(2, 1.0, broken=True), name="part 2"),
        asyncio.create_task(upload(3, 2.0), name="part 3"),
    ]
    done, pending = await asyncio.wait(parts, return_when=asyncio.FIRST_EXCEPTION)
    print(f"{time.perf_counter() - start:.1f} s  {len(done)} done, {len(pending)} pending")
    for task in pending:
        task.cancel()  # the file is ruined anyway: stop the rest
    await asyncio.wait(pending)  # until they have really stopped
    for task in parts:
        if task.cancelled():
            print(f"{task.get_name()}: cancelled")
        elif task.exception():
            print(f"{task.get_name()}: failed ({task.exception()})")
        else:
            print(f"{task.get_name()}: ok")


asyncio.run(main())
