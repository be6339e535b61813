import asyncio
import time

start = time.perf_counter()


async def cook(name, orders):
    while True:
        try:
            dish = await orders.get()
        except asyncio.QueueShutDown:
            return  # the kitchen is closing
        await asyncio.sleep(1)  # cooking
        print(f"{time.perf_counter() - start:.1f} s  {name} made {dish}")
        orders.task_done()


async def main():
    orders = asyncio.Queue()
    for dish in ["soup", "salad", "pasta", "pizza", "curry", "cake"]:
        orders.put_nowait(dish)
    cooks = [asyncio.create_task(cook(f"cook {n}", orders)) for n in range(1, 4)]
    await orders.join()
    orders.shutdown()  # wakes every cook waiting in get()
    await asyncio.gather(*cooks)
    print("kitchen closed")


asyncio.run(main())
