# A timeout and a sleep that end at the same instant: whichever timer was armed
# first runs first in that instant, and that decides the outcome.
import asyncio


async def main():
    # 1. timeout armed before the sleep starts
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(1)
        print("timeout(1) around sleep(1): finished")
    except TimeoutError:
        print("timeout(1) around sleep(1): timed out")

    # 2. the task's sleep started before wait_for armed its timeout
    task = asyncio.create_task(asyncio.sleep(1, result="value"))
    await asyncio.sleep(0)
    try:
        print("wait_for(task, 1):", await asyncio.wait_for(task, 1))
    except TimeoutError:
        print("wait_for(task, 1): timed out; task cancelled:", task.cancelled())

    # 3. the same, but shielded: the task keeps its result
    task = asyncio.create_task(asyncio.sleep(1, result="value"))
    await asyncio.sleep(0)
    try:
        print("wait_for(shield(task), 1):", await asyncio.wait_for(asyncio.shield(task), 1))
    except TimeoutError:
        print("wait_for(shield(task), 1): timed out; task done:", task.done(), "cancelled:", task.cancelled())
    print("task result:", await task)


asyncio.run(main())
