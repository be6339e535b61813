import asyncio

def now():
    loop = asyncio.get_running_loop()
    return f"{loop.time():.1f}"

async def download(secs):
    try:
        await asyncio.sleep(secs)
        print("downloaded")
    except asyncio.CancelledError:
        print("cancelled at", now())
        raise

async def main():
    try:
        async with asyncio.timeout(1):
            await download(3)
    except TimeoutError:
        print("timed out at", now())

asyncio.run(main())
