import asyncio
import time


def fetch_weather(city, on_success, on_error):
    """Old callback API: answers 1 s later through a callback."""
    loop = asyncio.get_running_loop()
    if city == "Atlantis":
        loop.call_later(1, on_error, LookupError(f"no such city: {city}"))
    else:
        loop.call_later(1, on_success, f"{city}: sunny")


async def weather(city):
    fut = asyncio.get_running_loop().create_future()
    fetch_weather(city, fut.set_result, fut.set_exception)
    return fut


async def main():
    start = time.perf_counter()
    oslo, lima = await asyncio.gather(weather("Oslo"), weather("Lima"))
    print(oslo)
    print(lima)
    try:
        await weather("Atlantis")
    except LookupError as error:
        print("error:", error)
    print(f"took {time.perf_counter() - start:.1f} s")


asyncio.run(main())
