import asyncio
import time


def get_page(url):
    # Stands in for a synchronous library call such as requests.get(url):
    # it waits for the network and only returns when the reply is there.
    time.sleep(1)
    return f"page from {url}"


async def fetch(url):
    return get_page(url)


async def main():
    start = time.perf_counter()
    pages = await asyncio.gather(fetch("a.com"), fetch("b.com"))
    print(pages)
    print(f"took {time.perf_counter() - start:.1f} s")


asyncio.run(main())
