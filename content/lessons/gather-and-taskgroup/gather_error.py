import asyncio


async def job(name, seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise ValueError(f"{name} failed")
    print(f"{name} finished")
    return name


async def main():
    try:
        await asyncio.gather(job("a", 1, fail=True), job("b", 2))
    except ValueError as error:
        print("main caught:", error)
    await asyncio.sleep(2)  # main carries on with other work
    print("main ends")


asyncio.run(main())
