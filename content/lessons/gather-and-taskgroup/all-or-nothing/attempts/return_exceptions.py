import asyncio


async def book(item, seconds, available=True):
    await asyncio.sleep(seconds)  # the booking service
    if not available:
        raise ValueError(f"{item} unavailable")
    print(f"{item} booked")


async def main():
    results = await asyncio.gather(
        book("flight", 1),
        book("car", 0.5, available=False),
        book("hotel", 2),
        return_exceptions=True,
    )
    for result in results:
        if isinstance(result, ValueError):
            print("trip cancelled:", result)
    await asyncio.sleep(3)  # the app carries on
    print("back to menu")


asyncio.run(main())
