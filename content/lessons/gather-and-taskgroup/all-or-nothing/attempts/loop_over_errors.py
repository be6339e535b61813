import asyncio


async def book(item, seconds, available=True):
    await asyncio.sleep(seconds)  # the booking service
    if not available:
        raise ValueError(f"{item} unavailable")
    print(f"{item} booked")


async def main():
    bookings = [("flight", 1, True), ("car", 0.5, False), ("hotel", 2, True)]
    try:
        async with asyncio.TaskGroup() as tg:
            for item, seconds, available in bookings:
                tg.create_task(book(item, seconds, available))
    except* ValueError as group:
        for error in group.exceptions:
            print("trip cancelled:", error)
    await asyncio.sleep(3)  # the app carries on
    print("back to menu")


asyncio.run(main())
