# Fire-and-forget tasks should be kept in a collection so they are not
# garbage collected; a done callback removes each one when it finishes.
import asyncio

background = set()


async def notify(user, delay):
    await asyncio.sleep(delay)
    print(f"notified {user}")


async def main():
    for i, user in enumerate(["ana", "bo", "cy"]):
        task = asyncio.create_task(notify(user, 0.2 * (i + 1)))
        background.add(task)
        task.add_done_callback(background.discard)
    print("pending tasks:", len(background))
    while background:
        await asyncio.sleep(0.25)
        print("still running:", len(background))
    print("pending tasks:", len(background))


asyncio.run(main())
