# A task that fails but is never awaited: the error is not raised anywhere.
# It is only reported on stderr ("Task exception was never retrieved")
# when the task object is thrown away.
import asyncio


async def flaky():
    await asyncio.sleep(0.1)
    raise RuntimeError("sensor offline")


async def main():
    task = asyncio.create_task(flaky())
    await asyncio.sleep(0.5)
    print("task done:", task.done())
    del task  # nobody ever looked at the exception
    print("main finished normally")


asyncio.run(main())
