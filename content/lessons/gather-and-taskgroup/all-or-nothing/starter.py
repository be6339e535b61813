import asyncio


async def book(item, seconds, available=True):
    await asyncio.sleep(seconds)  # the booking service
    if not available:
        raise ValueError(f"{item} unavailable")
    print(f"{item} booked")


async def main():
    try:
        await asyncio.gather(
            book("flight", 1),
            book("car", 0.5, available=False),
            book("hotel", 2),
        )
    except ValueError as error:
        print("trip cancelled:", error)
    await asyncio.sleep(3)  # the app carries on
    print("back to menu")


asyncio.run(main())
