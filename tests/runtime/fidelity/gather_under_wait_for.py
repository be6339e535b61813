# wait_for around a gather: at the timeout the unfinished children are
# cancelled, including one whose sleep ends in that same instant (its timer was
# armed after wait_for's).
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise
    print(f"{name} finished")
    return name


async def main():
    try:
        print(await asyncio.wait_for(asyncio.gather(child("a", 0.3), child("b", 0.5), child("c", 1.0)), 0.5))
    except TimeoutError:
        print("timed out")
    try:
        print(await asyncio.wait_for(asyncio.gather(child("d", 0.3), child("e", 0.4)), 0.5))
    except TimeoutError:
        print("timed out (wrong)")


asyncio.run(main())
