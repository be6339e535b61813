# shield: cancelling the caller does not cancel the shielded work, which
# finishes later and keeps its result.
import asyncio


async def save(name):
    await asyncio.sleep(1.0)
    print(f"{name} saved")
    return f"{name}.dat"


async def caller(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller cancelled; inner done:", inner.done())
        raise


async def main():
    inner = asyncio.create_task(save("report"))
    outer = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.5)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled:", outer.cancelled(), "inner cancelled:", inner.cancelled())
    print("inner result:", await inner)

    inner = asyncio.create_task(save("log"))
    outer = asyncio.create_task(caller(inner))
    await asyncio.sleep(0)
    asyncio.get_running_loop().call_later(1.0, outer.cancel)
    try:
        print("outer got:", await outer)
    except asyncio.CancelledError:
        print("outer cancelled at the same instant")


asyncio.run(main())
