# Nobody catches the ExceptionGroup: the program ends with a traceback listing
# both sub-exceptions (raised at the same instant) and exit code 1.
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    raise ConnectionError(f"{name} unreachable")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fetch("alpha", 0.5))
        tg.create_task(fetch("beta", 0.5))
        tg.create_task(asyncio.sleep(3))
    print("not reached")


asyncio.run(main())
