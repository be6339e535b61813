import asyncio
import time


def get_page(url):
    time.sleep(1)  # the same blocking library call as before
    return f"page from {url}"


async def fetch(url):
    return await asyncio.to_thread(get_page, url)


async def main():
    start = time.perf_counter()
    pages = await asyncio.gather(fetch("a.com"), fetch("b.com"))
    print(pages)
    print(f"took {time.perf_counter() - start:.1f} s")


asyncio.run(main(), debug=True)
