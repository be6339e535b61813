import asyncio
import time


def upload(photo):
    # Pretend this comes from a library you cannot change:
    # it blocks until the server has stored the photo.
    time.sleep(1)
    return f"https://cdn.example/{photo}"


async def main():
    start = time.perf_counter()
    photos = ["cat.jpg", "dog.jpg", "owl.jpg"]
    links = [await asyncio.to_thread(upload, photo) for photo in photos]
    print(links)
    print(f"took {time.perf_counter() - start:.1f} s")


asyncio.run(main())
