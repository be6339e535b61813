# An Event used as a gate that opens and closes: set(), clear() right away,
# and waiters that arrive during each phase.
import asyncio


async def walker(gate, name, arrive, log):
    await asyncio.sleep(arrive)
    log.append(f"{name} arrives, gate open={gate.is_set()}")
    await gate.wait()
    log.append(f"{name} passes")


async def main():
    gate = asyncio.Event()
    log = []
    walkers = [
        asyncio.create_task(walker(gate, name, arrive, log))
        for name, arrive in [("ann", 0.2), ("bob", 0.5), ("cy", 0.7), ("di", 1.0)]
    ]
    await asyncio.sleep(0.5)
    gate.set()
    gate.clear()  # the waiters already woken still pass
    log.append("gate flashed open")
    await asyncio.sleep(0.5)
    gate.set()
    log.append("gate open for good")
    await asyncio.gather(*walkers)
    print("\n".join(log))


asyncio.run(main())
