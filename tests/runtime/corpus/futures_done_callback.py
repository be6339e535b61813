# add_done_callback registers a plain function that the loop calls
# (with the future as argument) once the future or task is finished.
import asyncio


def report(fut):
    print("callback sees result:", fut.result())


async def bake():
    await asyncio.sleep(0.4)
    print("bread is ready")
    return "bread"


async def main():
    task = asyncio.create_task(bake())
    task.add_done_callback(report)
    print("callback registered")
    await task
    print("main continues")
    await asyncio.sleep(0)
    print("main done")


asyncio.run(main())
