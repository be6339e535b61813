# A read-modify-write with an await in the middle loses updates when tasks
# interleave. An asyncio.Lock makes each update happen as one unit.
import asyncio

balance = 0


async def deposit_unsafe(amount):
    global balance
    current = balance
    await asyncio.sleep(0.1)  # another task runs here and reads the old value
    balance = current + amount


async def deposit_safe(lock, amount):
    global balance
    async with lock:
        current = balance
        await asyncio.sleep(0.1)
        balance = current + amount


async def main():
    global balance
    await asyncio.gather(*(deposit_unsafe(10) for _ in range(5)))
    print("without lock:", balance)

    balance = 0
    lock = asyncio.Lock()
    await asyncio.gather(*(deposit_safe(lock, 10) for _ in range(5)))
    print("with lock:", balance)


asyncio.run(main())
