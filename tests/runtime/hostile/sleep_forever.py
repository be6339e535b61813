import asyncio


async def main():
    print("going to sleep")
    await asyncio.sleep(10**9)


asyncio.run(main())
