import asyncio

balance = 0
lock = asyncio.Lock()

async def deposit(amount):
    global balance
    async with lock:  # one task at a time from here...
        current = balance
        await asyncio.sleep(0)
        balance = current + amount  # ...to here

async def main():
    await asyncio.gather(*(deposit(10) for _ in range(5)))
    print("balance:", balance)

asyncio.run(main())
