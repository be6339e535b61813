import asyncio

balance = 0

async def deposit(amount):
    global balance
    current = balance  # read
    await asyncio.sleep(0)  # e.g. a round trip to a database
    balance = current + amount  # write

async def main():
    await asyncio.gather(*(deposit(10) for _ in range(5)))
    print("balance:", balance)

asyncio.run(main())
