import asyncio

pens = asyncio.Lock()
paper = asyncio.Lock()

async def writer():
    async with pens:
        await asyncio.sleep(0.5)
        async with paper:
            print("writer wrote a note")

async def artist():
    async with paper:
        await asyncio.sleep(0.5)
        async with pens:
            print("artist drew a sketch")

async def main():
    await asyncio.gather(writer(), artist())

asyncio.run(main())
