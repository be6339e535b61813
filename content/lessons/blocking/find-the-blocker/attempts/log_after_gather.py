import asyncio
import time


def write_log(line):
    time.sleep(0.5)  # the log lives on a slow network drive
    print("log:", line)


async def charge(order):
    await asyncio.sleep(1)  # ask the payment service
    return order


async def main():
    start = time.perf_counter()
    paid = await asyncio.gather(charge(1), charge(2), charge(3), charge(4))
    await asyncio.gather(*(asyncio.to_thread(write_log, f"order {order} paid") for order in paid))
    print("paid", paid)
    print(f"took {time.perf_counter() - start:.1f} s")


asyncio.run(main(), debug=True)
