import asyncio

async def main():
    loop = asyncio.get_running_loop()
    reply = loop.create_future()
    print("waiting for a reply nobody will send")
    await reply

asyncio.run(main())
