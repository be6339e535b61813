import asyncio


async def job(name, seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise ValueError(f"{name} failed")
    return name


async def main():
    results = await asyncio.gather(
        job("a", 1, fail=True),
        job("b", 2),
        job("c", 0.5),
        return_exceptions=True,
    )
    print(results)
    for result in results:
        if isinstance(result, Exception):
            print("error:", result)
        else:
            print("ok:", result)


asyncio.run(main())
