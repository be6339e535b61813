import asyncio
import time

async def make_drink(name):
    print(f"start {name}")
    await asyncio.sleep(1)  # hand control back while the machine works
    print(f"done {name}")

async def main():
    start = time.perf_counter()
    await asyncio.gather(make_drink("latte"), make_drink("tea"), make_drink("mocha"))
    print(f"took {time.perf_counter() - start:.1f} s")

asyncio.run(main())
