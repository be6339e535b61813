# The asyncio-future documentation's example: a task sets a future's result
# after a delay while main awaits the future; a done callback sees it too.
import asyncio


async def set_after(fut, delay, value):
    await asyncio.sleep(delay)
    fut.set_result(value)
    print("set_after: result set")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback:", f.result()))
    task = loop.create_task(set_after(fut, 0.5, "... world"))
    print("hello ...")
    print(await fut)
    print("task done:", task.done())
    await task
    print("task done:", task.done())


asyncio.run(main())
