import asyncio

tickets = 3


async def buy(fan):
    global tickets
    await asyncio.sleep(0.5)  # the payment is processed first
    if tickets > 0:
        tickets -= 1
        print(f"{fan} got a ticket")
    else:
        print(f"{fan}: sold out")


async def main():
    await asyncio.gather(*(buy(f"fan {n}") for n in range(1, 6)))
    print("tickets left:", tickets)


asyncio.run(main())
