import asyncio
import time

CACHE = {"weather": "cloudy, 18 C", "news": "yesterday's headlines"}  # saved an hour ago
FRESH = {"weather": "sunny, 21 C", "news": "today's headlines"}
DELAYS = {"weather": 0.5, "news": 4}  # news is very slow today


async def download(page):
    await asyncio.sleep(DELAYS[page])  # waiting for the server
    return FRESH[page]


async def fetch_or_cache(page):
    try:
        async with asyncio.timeout(1):
            return await download(page)
    except TimeoutError:
        return CACHE[page] + " (cached)"


async def show(page):
    content = await fetch_or_cache(page)
    print(f"{page}: {content}")


async def main():
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        for page in ["weather", "news"]:
            tg.create_task(show(page))
    print(f"done after {time.perf_counter() - start:.1f} s")


asyncio.run(main())
