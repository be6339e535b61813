import asyncio


async def book(item, seconds, available=True):
    await asyncio.sleep(seconds)  # the booking service
    if not available:
        raise ValueError(f"{item} unavailable")
    print(f"{item} booked")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(book("flight", 1))
            tg.create_task(book("car", 0.5, available=False))
            tg.create_task(book("hotel", 2))
    except* ValueError as group:
        print("trip cancelled:", group.exceptions[0])
    await asyncio.sleep(3)  # the app carries on
    print("back to menu")


asyncio.run(main())
