# wait_for(sem.acquire(), 1) times out in the very instant the holder releases:
# the permit it was woken for passes on to the next waiter.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    sem = asyncio.Semaphore(1)

    def t():
        return f"{loop.time() - start:.1f}"

    async def holder():
        async with sem:
            await asyncio.sleep(1)
        print(t(), "holder released")

    async def impatient():
        try:
            await asyncio.wait_for(sem.acquire(), 1)
        except TimeoutError:
            print(t(), "impatient timed out; locked:", sem.locked())
            return
        print(t(), "impatient got it")
        sem.release()

    async def patient():
        async with sem:
            print(t(), "patient got it")
            await asyncio.sleep(0.5)

    tasks = [asyncio.create_task(holder())]
    await asyncio.sleep(0)
    tasks.append(asyncio.create_task(impatient()))
    tasks.append(asyncio.create_task(patient()))
    await asyncio.gather(*tasks)
    print(t(), "value back to", "free" if not sem.locked() else "taken")


asyncio.run(main())
