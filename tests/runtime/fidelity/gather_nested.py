# gather inside gather: steps of two teams and a solo step end at the same
# instants, and each team reports once its own steps are done.
import asyncio
import time

start = time.perf_counter()


def t():
    return f"{time.perf_counter() - start:.1f}"


async def step(name, delay):
    await asyncio.sleep(delay)
    print(t(), "step", name)
    return name


async def team(name, delays):
    results = await asyncio.gather(*(step(f"{name}{i}", d) for i, d in enumerate(delays)))
    print(t(), "team", name, "done", results)
    return results


async def main():
    results = await asyncio.gather(
        team("A", [0.5, 1.0]),
        team("B", [1.0, 0.5]),
        step("solo", 1.0),
        team("C", [1.5, 1.0, 0.5]),
    )
    print(t(), "all:", results)


asyncio.run(main())
