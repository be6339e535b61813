# Tasks that compute, sleep the same time and compute again: wait with
# FIRST_COMPLETED still sees all of the tied tasks done together.
import asyncio


def crunch(n):
    total = 0
    for i in range(n):
        total += i % 3
    return total


async def job(n):
    crunch(n)
    await asyncio.sleep(0.4)
    return crunch(n)


async def main():
    pending = {asyncio.create_task(job(n), name=f"job{n}") for n in (1500, 500, 1000, 250)}
    pending.add(asyncio.create_task(asyncio.sleep(0.8), name="late"))
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        print(sorted(t.get_name() for t in done), sorted(t.result() or 0 for t in done))


asyncio.run(main())
