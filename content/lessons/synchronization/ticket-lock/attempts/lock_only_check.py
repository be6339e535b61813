import asyncio

tickets = 3
lock = asyncio.Lock()


async def buy(fan):
    global tickets
    async with lock:
        available = tickets > 0
    if available:
        await asyncio.sleep(0.5)  # the payment is processed
        tickets -= 1
        print(f"{fan} got a ticket")
    else:
        print(f"{fan}: sold out")


async def main():
    await asyncio.gather(*(buy(f"fan {n}") for n in range(1, 6)))
    print("tickets left:", tickets)


asyncio.run(main())
