# Cancelling a gather cancels its unfinished children. When the cancel comes in
# the same instant as a child's sleep ends, the order the timers were armed
# decides whether that child finishes first.
import asyncio


async def worker(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"  {name} cancelled")
        raise
    print(f"  {name} finished")
    return name


async def run(label, started_first):
    group = asyncio.gather(worker("w1", 0.5), worker("w2", 1.0), worker("w3", 2.0))
    if started_first:
        await asyncio.sleep(0)
    print(label)
    await asyncio.sleep(1.0)
    print("  cancel() returns", group.cancel())
    try:
        await group
    except asyncio.CancelledError:
        print("  the gather is cancelled:", group.cancelled())


async def main():
    await run("main's timer first:", False)
    await run("children's timers first:", True)


asyncio.run(main())
