import asyncio


async def fetch(city):
    task = asyncio.current_task()
    print(f"{task.get_name()} fetches {city}")
    await asyncio.sleep(1)
    return f"{city}: sunny"


async def main():
    # Coroutines: gather wraps each one in a task.
    print(await asyncio.gather(fetch("Oslo"), fetch("Lima")))

    # Tasks you created yourself: gather just waits for them.
    tasks = [asyncio.create_task(fetch(city)) for city in ["Rome", "Pune", "Kyiv"]]
    print(await asyncio.gather(*tasks))


asyncio.run(main())
