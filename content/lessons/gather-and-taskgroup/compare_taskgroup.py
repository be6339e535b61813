import asyncio

def now():
    loop = asyncio.get_running_loop()
    return f"{loop.time():.1f}"

async def job(name, secs, fail=False):
    await asyncio.sleep(secs)
    if fail:
        raise ValueError(name + " failed")
    print(name, "finished at", now())

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("a", 1, fail=True))
            tg.create_task(job("b", 2))
    except* ValueError as group:
        error = group.exceptions[0]
        print("caught:", error, "at", now())
    await asyncio.sleep(2)
    print("end at", now())

asyncio.run(main())
