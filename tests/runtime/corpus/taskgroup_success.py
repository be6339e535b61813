# A TaskGroup waits for all of its tasks when the async with block ends.
import asyncio


async def resize(image, delay):
    await asyncio.sleep(delay)
    print(f"resized {image}")
    return f"{image}-small"


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(resize("cat.png", 0.8))
        b = tg.create_task(resize("dog.png", 0.4))
        print("tasks started inside the group")
    print("group finished:", a.result(), b.result())


asyncio.run(main())
