import asyncio


async def save(note):
    await asyncio.sleep(0.5)  # write to the local disk
    print(f"saved: {note}")


async def sync(note):
    await asyncio.sleep(1.5)  # upload to the cloud
    print(f"synced: {note}")


async def add_note(tg, note):
    await save(note)
    tg.create_task(sync(note))  # the group keeps the task until it is done


async def main():
    async with asyncio.TaskGroup() as tg:  # waits for the uploads at the end
        await add_note(tg, "buy milk")
        await add_note(tg, "call mum")
        print("notes added")


asyncio.run(main())
