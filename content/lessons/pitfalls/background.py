import asyncio

background = set()  # strong references to tasks nobody awaits


def start_in_background(coro):
    task = asyncio.create_task(coro)
    background.add(task)  # keeps the task alive ...
    task.add_done_callback(background.discard)  # ... until it is done
    return task


async def count_visit(page):
    await asyncio.sleep(0.5)  # write to the statistics database
    print(f"counted a visit to {page}")


async def handle(page):
    start_in_background(count_visit(page))  # do not make the visitor wait
    print(f"served {page}")


async def main():
    await handle("/home")
    await handle("/about")
    print("in the background:", len(background))
    await asyncio.sleep(1)
    print("in the background:", len(background))


asyncio.run(main())
