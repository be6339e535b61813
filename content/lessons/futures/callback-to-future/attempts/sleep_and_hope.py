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
    answer = None

    def on_success(text):
        nonlocal answer
        answer = text

    def on_error(error):
        nonlocal answer
        answer = error

    fetch_weather(city, on_success, on_error)
    await asyncio.sleep(1)  # the answer comes after a second
    if isinstance(answer, Exception):
        raise answer
    return answer


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
