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


async def camera(tg):
    for n in range(1, 9):
        photo = await copy_photo(n)
        tg.create_task(resize(photo))


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(camera(tg))
    print(f"{stamp()}  all thumbnails made")


asyncio.run(main())
