import asyncio


async def resize(photo):
    await asyncio.sleep(0.5)
    if photo.endswith(".gif"):
        raise ValueError(f"cannot resize {photo}")
    return f"small-{photo}"


async def main():
    photos = ["cat.jpg", "dance.gif", "dog.png"]
    results = await asyncio.gather(*(resize(p) for p in photos), return_exceptions=True)
    failed = 0
    for photo, result in zip(photos, results):
        if isinstance(result, Exception):
            failed += 1
            print(f"{photo} failed: {result!r}")
        else:
            print(f"{photo} -> {result}")
    print(f"resized {len(photos) - failed} of {len(photos)} photos")


asyncio.run(main())
