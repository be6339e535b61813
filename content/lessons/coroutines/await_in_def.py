import asyncio

async def brew(drink):
    await asyncio.sleep(1)
    return f"{drink} is ready"

def serve():  # a plain def, not async def
    drink = await brew("tea")
    print(drink)
