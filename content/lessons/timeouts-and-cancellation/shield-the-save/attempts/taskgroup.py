import asyncio


async def save_document(name):
    for chunk in range(1, 4):
        await asyncio.sleep(0.6)  # writing one chunk to disk
        print(f"{name}: chunk {chunk}/3 written")
    print(f"{name}: saved")


async def main():
    async with asyncio.TaskGroup() as tg:
        saving = tg.create_task(save_document("notes.txt"))
        try:
            async with asyncio.timeout(1):  # all the user will wait
                await asyncio.shield(saving)
            print("editor: saved")
        except TimeoutError:
            print("editor: still saving in the background")
        await asyncio.sleep(2)  # the user keeps typing
        print("editor: closed")


asyncio.run(main())
