# Two children of a gather fail at the same instant: gather raises the first
# one that happened, the others keep running; with return_exceptions=True
# every outcome is reported in argument order.
import asyncio


async def ok(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} finished")
    return name


async def fail(name, delay, exc_type):
    await asyncio.sleep(delay)
    print(f"{name} raising")
    raise exc_type(name)


async def main():
    try:
        await asyncio.gather(
            ok("steady", 1.5),
            fail("first", 1.0, ValueError),
            fail("second", 1.0, TypeError),
            ok("quick", 1.0),
        )
    except Exception as exc:
        print("gather raised", type(exc).__name__, exc)
    await asyncio.sleep(1.0)
    results = await asyncio.gather(
        fail("third", 0.5, KeyError),
        ok("fourth", 0.5),
        fail("fifth", 0.5, ValueError),
        return_exceptions=True,
    )
    print([repr(r) for r in results])


asyncio.run(main())
