import asyncio
from asyncio import Lock

tickets = 3
counter = Lock()


async def buy(fan):
    global tickets
    async with counter:
        if tickets <= 0:
            print(f"{fan}: sold out")
            return
        await asyncio.sleep(0.5)  # the payment is processed
        tickets -= 1
    print(f"{fan} got a ticket")


async def main():
    await asyncio.gather(*(buy(f"fan {n}") for n in range(1, 6)))
    print("tickets left:", tickets)


asyncio.run(main())
