# A Barrier that never fills is aborted: every waiter gets BrokenBarrierError,
# and so does anyone who arrives later.
import asyncio


async def member(barrier, name):
    try:
        await barrier.wait()
        print(name, "passed")
    except asyncio.BrokenBarrierError:
        print(name, "got BrokenBarrierError")


async def main():
    barrier = asyncio.Barrier(4)
    members = [asyncio.create_task(member(barrier, f"m{i}")) for i in range(3)]
    await asyncio.sleep(0.5)
    print("waiting:", barrier.n_waiting)
    await barrier.abort()
    await asyncio.gather(*members)
    print("broken:", barrier.broken)
    await member(barrier, "late")
    await barrier.reset()
    print("after reset broken:", barrier.broken)


asyncio.run(main())
