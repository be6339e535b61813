# except* splits one ExceptionGroup into handlers by type; errors raised at
# the same instant all end up in the group, in the order they happened.
import asyncio


async def check(name, delay, exc_type):
    await asyncio.sleep(delay)
    if exc_type is None:
        return f"{name} ok"
    raise exc_type(name)


async def main():
    results = []
    try:
        async with asyncio.TaskGroup() as tg:
            for name, delay, exc_type in [
                ("disk", 0.4, None),
                ("net", 0.8, OSError),
                ("cfg", 0.8, ValueError),
                ("db", 0.8, OSError),
                ("cache", 0.8, None),
                ("late", 1.6, ValueError),
            ]:
                results.append(tg.create_task(check(name, delay, exc_type)))
    except* OSError as group:
        print("OSError handler:", [str(e) for e in group.exceptions])
    except* ValueError as group:
        print("ValueError handler:", [str(e) for e in group.exceptions])
    for task in results:
        if task.cancelled():
            print("cancelled")
        elif task.exception() is None:
            print(task.result())
        else:
            print("failed:", repr(task.exception()))


asyncio.run(main())
