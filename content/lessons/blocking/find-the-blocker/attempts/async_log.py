import asyncio
import time


async def write_log(line):
    await asyncio.sleep(0.5)  # the slow network drive
    print("log:", line)


async def charge(order):
    await asyncio.sleep(1)  # ask the payment service
    await write_log(f"order {order} paid")
    return order

async def main():
    start = time.perf_counter()
    paid = await asyncio.gather(charge(1), charge(2), charge(3), charge(4))
    print("paid", paid)
    print(f"took {time.perf_counter() - start:.1f} s")


asyncio.run(main(), debug=True)
