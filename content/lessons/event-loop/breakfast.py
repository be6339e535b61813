import asyncio

def now():
    return f"{asyncio.get_running_loop().time():.1f}"

async def kettle():
    print(now(), "kettle on")
    await asyncio.sleep(2)
    print(now(), "kettle boiled")

async def toast():
    print(now(), "toast in")
    await asyncio.sleep(1)
    print(now(), "toast up")

async def main():
    await asyncio.gather(kettle(), toast())
    print(now(), "breakfast")

asyncio.run(main())
