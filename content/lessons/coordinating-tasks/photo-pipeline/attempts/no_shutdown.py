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
        await photos.put(photo)  # waits while the queue is full


async def resizer(photos):
    while True:
        try:
            photo = await photos.get()
        except asyncio.QueueShutDown:
            return
        await resize(photo)


async def main():
    photos = asyncio.Queue(maxsize=2)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(camera(photos))
        tg.create_task(resizer(photos))
        tg.create_task(resizer(photos))
    print(f"{stamp()}  all thumbnails made")


asyncio.run(main())
