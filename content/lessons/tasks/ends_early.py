import asyncio


async def upload(name, seconds):
    print(f"upload {name} started")
    try:
        await asyncio.sleep(seconds)
        print(f"upload {name} finished")
    except asyncio.CancelledError:
        print(f"upload {name} cancelled")  # only to make it visible
        raise


async def main():
    asyncio.create_task(upload("a", 0.5))
    asyncio.create_task(upload("b", 2))
    await asyncio.sleep(1)
    print("main returns")


asyncio.run(main())
print("program ends")
