# Calling an async function does not run it; it only creates a coroutine
# object. The body runs when the coroutine is awaited.
import asyncio


async def fetch_price():
    print("fetching...")
    await asyncio.sleep(0.3)
    return 9.99


async def main():
    c = fetch_price()
    print("type:", type(c).__name__)
    print("is coroutine:", asyncio.iscoroutine(c))
    print("nothing has run yet")
    price = await c
    print("price:", price)


asyncio.run(main())
