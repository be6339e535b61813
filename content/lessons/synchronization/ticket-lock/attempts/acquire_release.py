import asyncio

tickets = 3
counter = asyncio.Lock()


async def buy(fan):
    global tickets
    await counter.acquire()
    try:
        if tickets > 0:
            await asyncio.sleep(0.5)  # the payment is processed
            tickets -= 1
            print(f"{fan} got a ticket")
        else:
            print(f"{fan}: sold out")
    finally:
        counter.release()


async def main():
    await asyncio.gather(*(buy(f"fan {n}") for n in range(1, 6)))
    print("tickets left:", tickets)


asyncio.run(main())
