import asyncio

running = set()  # strong references to our background tasks


async def log(message, delay):
    await asyncio.sleep(delay)
    print("logged:", message)


async def main():
    for delay, message in [(0.5, "saved"), (1.5, "sent"), (2.5, "archived")]:
        task = asyncio.create_task(log(message, delay))
        running.add(task)
        task.add_done_callback(running.discard)  # forget it once it is done
    print("running:", len(running))
    await asyncio.sleep(1)
    print("running:", len(running))
    await asyncio.sleep(2)
    print("running:", len(running))


asyncio.run(main())
