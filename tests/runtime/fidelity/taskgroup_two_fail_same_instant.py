# Two TaskGroup children fail at the same instant (t=1): CPython keeps both
# errors in the ExceptionGroup; a sibling finishing at t=1 too still finishes,
# and only the slow one is cancelled.
import asyncio


async def child(name, delay, error=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise
    if error is not None:
        print(f"{name} fails")
        raise error(f"{name} broke")
    print(f"{name} finished")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("fast", 0.5))
            tg.create_task(child("left", 1, ValueError))
            tg.create_task(child("right", 1, TypeError))
            tg.create_task(child("bystander", 1))
            tg.create_task(child("slow", 2))
    except ExceptionGroup as eg:
        print(eg)
        for exc in eg.exceptions:
            print(" ", type(exc).__name__, exc)


asyncio.run(main())
