# Barrier(3): runners arrive at different times and all leave together when the
# third arrives; wait() returns each one's index.
import asyncio


async def runner(barrier, name, delay, start, loop):
    await asyncio.sleep(delay)
    print(f"{loop.time() - start:.1f} {name} at the barrier ({barrier.n_waiting} waiting)")
    index = await barrier.wait()
    print(f"{loop.time() - start:.1f} {name} through with index {index}")


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    barrier = asyncio.Barrier(3)
    await asyncio.gather(
        runner(barrier, "slow", 1.0, start, loop),
        runner(barrier, "quick", 0.2, start, loop),
        runner(barrier, "mid", 0.5, start, loop),
        runner(barrier, "again1", 1.5, start, loop),
        runner(barrier, "again2", 1.5, start, loop),
        runner(barrier, "again3", 1.5, start, loop),
    )
    print("parties", barrier.parties, "waiting", barrier.n_waiting, "broken", barrier.broken)


asyncio.run(main())
