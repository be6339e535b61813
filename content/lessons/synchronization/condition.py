import asyncio

ready = []  # dishes the kitchen has finished
counter = asyncio.Condition()

async def waiter(table):
    async with counter:
        await counter.wait_for(lambda: table in ready)
        print(f"waiter serves table {table}")

async def kitchen():
    for table in [3, 1, 2]:
        await asyncio.sleep(1)
        async with counter:
            ready.append(table)
            print(f"kitchen: dish for table {table}")
            counter.notify_all()  # every waiter re-checks its condition

async def main():
    await asyncio.gather(waiter(1), waiter(2), waiter(3), kitchen())

asyncio.run(main())
