import asyncio
import time

CACHE = {"weather": "cloudy, 18 C", "news": "yesterday's headlines"}  # saved an hour ago
FRESH = {"weather": "sunny, 21 C", "news": "today's headlines"}
DELAYS = {"weather": 0.5, "news": 4}  # news is very slow today


async def download(page):
    await asyncio.sleep(DELAYS[page])  # waiting for the server
    return FRESH[page]


async def show(page):
    try:
        async with asyncio.timeout(1):
            content = await download(page)
    except TimeoutError:
        content = CACHE[page]
    print(f"{page}: {content}")


async def main():
    start = time.perf_counter()
    for page in ["weather", "news"]:
        await show(page)
    print(f"done after {time.perf_counter() - start:.1f} s")


asyncio.run(main())
