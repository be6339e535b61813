# Two TaskGroup children compute and then fail at the same instant; a third
# computes a lot and would finish in the same instant as well.
import asyncio


def crunch(n):
    total = 0
    for i in range(n):
        total += (i * 7) % 11
    return total


async def child(name, n, fail):
    await asyncio.sleep(0.5)
    value = crunch(n)
    if fail:
        raise ValueError(f"{name} failed after computing {value}")
    print(f"{name} computed {value}")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("one", 2000, True))
            tg.create_task(child("two", 4000, False))
            tg.create_task(child("three", 1000, True))
            tg.create_task(child("four", 100, False))
    except* ValueError as eg:
        print([str(e) for e in eg.exceptions])


asyncio.run(main())
