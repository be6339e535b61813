import asyncio

background = set()  # tasks that run on while main() carries on


async def save(note):
    await asyncio.sleep(0.5)  # write to the local disk
    print(f"saved: {note}")


async def sync(note):
    await asyncio.sleep(1.5)  # upload to the cloud
    print(f"synced: {note}")


async def add_note(note):
    await save(note)
    task = asyncio.create_task(sync(note))  # may finish later
    background.add(task)
    task.add_done_callback(lambda done: background.discard(done))


async def main():
    await add_note("buy milk")
    await add_note("call mum")
    print("notes added")
    await asyncio.gather(*background)  # wait for the uploads


asyncio.run(main())
