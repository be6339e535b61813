import asyncio


async def save_document(name):
    for chunk in range(1, 4):
        await asyncio.sleep(0.6)  # writing one chunk to disk
        print(f"{name}: chunk {chunk}/3 written")
    print(f"{name}: saved")


async def main():
    saving = asyncio.create_task(save_document("notes.txt"))
    # all the user will wait; asyncio.wait never cancels what it waits for
    done, _ = await asyncio.wait({saving}, timeout=1)
    if saving in done:
        print("editor: saved")
    else:
        print("editor: still saving in the background")
    await asyncio.sleep(2)  # the user keeps typing
    print("editor: closed")


asyncio.run(main())
