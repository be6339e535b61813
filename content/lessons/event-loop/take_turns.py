import asyncio

async def worker(name):
    for step in (1, 2, 3):
        print(f"{name} step {step}")
        await asyncio.sleep(0)  # step aside: back of the ready queue

async def main():
    await asyncio.gather(worker("A"), worker("B"))
    print("all done")

asyncio.run(main())
