import asyncio
import time

start = time.perf_counter()


async def cook(name, orders):
    while True:
        dish = await orders.get()
        if dish is None:  # no more orders: go home
            return
        await asyncio.sleep(1)  # cooking
        print(f"{time.perf_counter() - start:.1f} s  {name} made {dish}")


async def main():
    orders = asyncio.Queue()
    for dish in ["soup", "salad", "pasta", "pizza", "curry", "cake"]:
        orders.put_nowait(dish)
    cooks = [asyncio.create_task(cook(f"cook {n}", orders)) for n in range(1, 4)]
    for _ in cooks:
        orders.put_nowait(None)  # one "go home" note per cook
    await asyncio.gather(*cooks)
    print("kitchen closed")


asyncio.run(main())
