# Without return_exceptions, gather raises the first exception right away,
# but the other awaitables are NOT cancelled: they keep running.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    print(f"{name} finished")
    return name


async def main():
    try:
        await asyncio.gather(job("a", 0.2), job("b", 0.4, fail=True), job("c", 1.0))
    except ValueError as e:
        print("gather raised:", e)
    print("main keeps going")
    await asyncio.sleep(1)
    print("main done")


asyncio.run(main())
