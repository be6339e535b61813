import asyncio

background = set()  # keeps the tasks alive (lesson 5)


async def save_report():
    await asyncio.sleep(1)
    print("report saved")


async def notify():
    await asyncio.sleep(0.5)
    raise ConnectionError("mail server down")


def spawn(coro):
    task = asyncio.create_task(coro)
    background.add(task)
    task.add_done_callback(background.discard)


async def main():
    spawn(save_report())
    spawn(notify())
    print("request handled")
    await asyncio.sleep(0.8)
    print("main returns")


asyncio.run(main())
