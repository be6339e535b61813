import asyncio
import time

start = time.perf_counter()
PAGES = {"home": 1.0, "about": 0.6, "blog": 0.9, "shop": 0.4, "help": 0.7}


def stamp():
    return f"{time.perf_counter() - start:.1f} s"


async def feed(urls):
    for page in PAGES:
        await urls.put(page)  # waits while the queue is full
        print(f"{stamp()}  queued {page}")
    urls.shutdown()  # nothing more will come


async def fetcher(urls, pages):
    while True:
        try:
            page = await urls.get()
        except asyncio.QueueShutDown:  # shut down and empty: this stage is finished
            return
        await asyncio.sleep(PAGES[page])  # downloading
        await pages.put(f"{page}.html")


async def fetch_stage(urls, pages):
    async with asyncio.TaskGroup() as tg:
        for _ in range(2):
            tg.create_task(fetcher(urls, pages))
    pages.shutdown()  # both fetchers are done: tell the next stage


async def save(pages):
    while True:
        try:
            html = await pages.get()
        except asyncio.QueueShutDown:
            return
        await asyncio.sleep(0.3)  # writing to disk
        print(f"{stamp()}  saved {html}")


async def main():
    urls = asyncio.Queue(maxsize=2)
    pages = asyncio.Queue(maxsize=2)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(feed(urls))
        tg.create_task(fetch_stage(urls, pages))
        tg.create_task(save(pages))
    print(f"{stamp()}  pipeline finished")


asyncio.run(main())
