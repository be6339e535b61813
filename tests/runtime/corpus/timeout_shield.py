# asyncio.shield protects an inner task from cancellation: the waiter
# times out, but the shielded work carries on and finishes later.
import asyncio


async def write_backup():
    await asyncio.sleep(1)
    print("backup written")
    return "ok"


async def main():
    backup = asyncio.create_task(write_backup())
    try:
        await asyncio.wait_for(asyncio.shield(backup), timeout=0.3)
    except TimeoutError:
        print("stopped waiting, backup still running:", not backup.done())
    print("backup result:", await backup)


asyncio.run(main())
