import asyncio
import time

start = time.perf_counter()


def stamp():
    return f"{time.perf_counter() - start:.1f} s"


async def save(document):
    print(f"{stamp()}  saving {document}")
    await asyncio.sleep(2)  # writing to disk
    print(f"{stamp()}  {document} saved")


async def main():
    saving = asyncio.create_task(save("report.txt"))
    try:
        async with asyncio.timeout(1):
            await asyncio.shield(saving)
    except TimeoutError:
        print(f"{stamp()}  stopped waiting; saving.done() = {saving.done()}")
    await saving  # the save goes on: wait for it before the program ends
    print(f"{stamp()}  main ends")


asyncio.run(main())
