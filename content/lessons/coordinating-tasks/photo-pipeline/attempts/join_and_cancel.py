import asyncio
import time

start = time.perf_counter()


def stamp():
    return f"{time.perf_counter() - start:.1f} s"


async def copy_photo(n):
    await asyncio.sleep(0.3)  # copying the photo off the camera
    return f"IMG_{n}"


async def resize(photo):
    await asyncio.sleep(1.6)  # resizing
    print(f"{stamp()}  made {photo}_small.jpg")


async def camera(photos):
    for n in range(1, 9):
        photo = await copy_photo(n)
        await photos.put(photo)


async def resizer(photos):
    while True:
        photo = await photos.get()
        await resize(photo)
        photos.task_done()


async def main():
    photos = asyncio.Queue(maxsize=2)
    resizers = [asyncio.create_task(resizer(photos)) for _ in range(2)]
    await camera(photos)
    await photos.join()  # every photo taken and resized
    for task in resizers:
        task.cancel()
    await asyncio.gather(*resizers, return_exceptions=True)
    print(f"{stamp()}  all thumbnails made")


asyncio.run(main())
