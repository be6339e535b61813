import asyncio


async def resize(photo):
    await asyncio.sleep(0.5)
    if photo.endswith(".gif"):
        raise ValueError(f"cannot resize {photo}")
    return f"small-{photo}"


async def main():
    photos = ["cat.jpg", "dance.gif", "dog.png"]
    await asyncio.gather(*(resize(p) for p in photos), return_exceptions=True)
    print(f"resized all {len(photos)} photos")


asyncio.run(main())
