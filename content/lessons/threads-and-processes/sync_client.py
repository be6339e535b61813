import asyncio
import threading
import time


def get_forecast(city, days=1):
    # A call from a synchronous client library: it blocks until the server answers.
    print(f"{threading.current_thread().name} asks for {city}")
    time.sleep(0.5)
    return f"{city}: {days}-day forecast"


async def ticker():
    for _ in range(3):
        await asyncio.sleep(0.2)
        print(f"tick at {time.perf_counter():.1f} s")


async def main():
    ticks = asyncio.create_task(ticker())
    forecasts = await asyncio.gather(
        asyncio.to_thread(get_forecast, "Oslo", days=3),
        asyncio.to_thread(get_forecast, "Lima"),
        asyncio.to_thread(get_forecast, "Pune", days=7),
    )
    print(f"at {time.perf_counter():.1f} s: {forecasts}")
    await ticks


asyncio.run(main())
