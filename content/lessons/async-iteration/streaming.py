import asyncio
import time

import simweb

URL = "https://files.example/photos/photo-03.jpg"


async def main():
    start = time.perf_counter()
    received = 0
    async with simweb.AsyncClient() as client:
        async with client.stream("GET", URL) as response:
            async for chunk in response.aiter_bytes():
                received += len(chunk)
                print(f"{time.perf_counter() - start:.1f} s: {received:>7,} bytes")
    print("done")


asyncio.run(main())
