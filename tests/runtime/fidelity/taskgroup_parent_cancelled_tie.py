# The task running a TaskGroup is cancelled in the same instant a child's
# sleep ends. Cancel armed first: the group cancels the child before it can
# fail, and plain CancelledError comes out. Child armed first: it fails, the
# group raises the ExceptionGroup (the handler runs) and re-cancels the task.
import asyncio


async def failing_child(delay):
    await asyncio.sleep(delay)
    raise ValueError("child failed")


async def group(cancel_first):
    me = asyncio.current_task()
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            if cancel_first:
                loop.call_later(0.5, me.cancel)
            tg.create_task(failing_child(0.5))
            await asyncio.sleep(0)
            if not cancel_first:
                loop.call_later(0.5, me.cancel)
            await asyncio.sleep(2)
    except* ValueError as eg:
        print(f"  except* sees {[str(e) for e in eg.exceptions]}, cancelling={me.cancelling()}")
    return "returned normally"


async def main():
    for cancel_first in (True, False):
        task = asyncio.create_task(group(cancel_first))
        try:
            print(f"cancel armed first={cancel_first}:", await task)
        except asyncio.CancelledError:
            print(f"cancel armed first={cancel_first}: CancelledError")


asyncio.run(main())
