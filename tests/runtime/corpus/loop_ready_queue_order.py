# The ready queue in action: callbacks and task steps run in the order
# they were scheduled, and nothing runs until main yields.
import asyncio


async def task_body(name):
    print(f"{name}: first step")
    await asyncio.sleep(0)
    print(f"{name}: second step")


async def main():
    loop = asyncio.get_running_loop()
    asyncio.create_task(task_body("task1"))
    loop.call_soon(print, "callback A")
    asyncio.create_task(task_body("task2"))
    loop.call_soon(print, "callback B")
    print("main: before yielding")
    await asyncio.sleep(0)
    print("main: resumed")
    await asyncio.sleep(0)
    print("main: end")


asyncio.run(main())
