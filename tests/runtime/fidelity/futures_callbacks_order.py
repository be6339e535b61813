# A future's done callbacks and the tasks awaiting it are woken in the order
# they registered, one loop iteration after set_result; a timer due at the
# same instant runs before all of them.
import asyncio
import functools


def callback(label, fut):
    print(f"{label} sees {fut.result()}")


async def wait_on(fut, name):
    value = await fut
    print(f"task {name} resumes with {value}")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(functools.partial(callback, "callback 1"))
    first = asyncio.create_task(wait_on(fut, "first"))
    await asyncio.sleep(0)
    fut.add_done_callback(functools.partial(callback, "callback 2"))
    removed = functools.partial(callback, "removed")
    fut.add_done_callback(removed)
    print("removed", fut.remove_done_callback(removed), "callback")
    loop.call_later(0.5, fut.set_result, 42)
    loop.call_later(0.5, print, "timer armed after set_result")
    second = asyncio.create_task(wait_on(fut, "second"))
    print("main awaits:", await fut)
    await asyncio.gather(first, second)
    fut.add_done_callback(functools.partial(callback, "late callback"))
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
