# wait(FIRST_EXCEPTION): a task fails at t=1 while another finishes at t=1;
# both are done when wait returns; the slow one is still pending.
import asyncio


async def job(delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"failed after {delay}")
    return f"ok after {delay}"


async def main():
    tasks = [
        asyncio.create_task(job(0.5), name="early"),
        asyncio.create_task(job(1.0, fail=True), name="boom"),
        asyncio.create_task(job(1.0), name="tie"),
        asyncio.create_task(job(2.0), name="slow"),
    ]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    for task in sorted(done, key=lambda t: t.get_name()):
        exc = task.exception()
        print(task.get_name(), "->", repr(exc) if exc else task.result())
    print("pending:", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_EXCEPTION)
    print("then:", sorted(t.get_name() for t in done), [t.result() for t in done])


asyncio.run(main())
