import asyncio
import time

start = time.perf_counter()

# A pretend web API: each page has names and the next page.
PAGES = {
    1: {"names": ["Ada", "Bo"], "next": 2},
    2: {"names": ["Cy", "Di", "Ed"], "next": 3},
    3: {"names": ["Flo"], "next": None},
}


async def fetch_page(number):
    await asyncio.sleep(0.5)  # one request to the server
    if number not in PAGES:
        raise LookupError(f"there is no page {number}")
    return PAGES[number]


async def all_names():
    """Yields each name as soon as its page arrives."""
    names = []
    number = 1
    while number is not None:
        page = await fetch_page(number)
        names += page["names"]
        number = page["next"]
    for name in names:
        yield name


async def main():
    async for name in all_names():
        print(f"{time.perf_counter() - start:.1f} s  {name}")
    print(f"{time.perf_counter() - start:.1f} s  no more names")


asyncio.run(main())
