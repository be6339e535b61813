# When one task in a TaskGroup fails, the others are cancelled and the
# errors come out as an ExceptionGroup, handled here with except*.
import asyncio


async def upload(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ConnectionError(f"{name}: connection lost")
        print(f"{name} uploaded")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(upload("small", 0.2))
            tg.create_task(upload("broken", 0.5, fail=True))
            tg.create_task(upload("huge", 2.0))
    except* ConnectionError as eg:
        print("group failed with", len(eg.exceptions), "error(s)")
        for e in eg.exceptions:
            print(" -", type(e).__name__, e)


asyncio.run(main())
