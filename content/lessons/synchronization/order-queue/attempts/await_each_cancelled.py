import asyncio
import time

start = time.perf_counter()


async def cook(name, orders):
    while True:
        dish = await orders.get()
        await asyncio.sleep(1)  # cooking
        print(f"{time.perf_counter() - start:.1f} s  {name} made {dish}")
        orders.task_done()  # one order finished


async def main():
    orders = asyncio.Queue()
    for dish in ["soup", "salad", "pasta", "pizza", "curry", "cake"]:
        orders.put_nowait(dish)
    cooks = [asyncio.create_task(cook(f"cook {n}", orders)) for n in range(1, 4)]
    await orders.join()
    for task in cooks:
        task.cancel()
    for task in cooks:
        try:
            await task
        except asyncio.CancelledError:
            pass  # this cook has gone home
    print("kitchen closed")


asyncio.run(main())
