import asyncio
import time

start = time.perf_counter()


async def forecast(city, seconds, degrees):
    await asyncio.sleep(seconds)  # waiting for a weather service
    return f"{city} {degrees} °C"


async def main():
    requests = [forecast("Oslo", 1.5, 4), forecast("Lima", 0.5, 19), forecast("Pune", 1.0, 31)]
    for next_done in asyncio.as_completed(requests):
        report = await next_done  # whichever request finishes next
        print(f"{time.perf_counter() - start:.1f} s  {report}")
    print("all reports in")


asyncio.run(main())
