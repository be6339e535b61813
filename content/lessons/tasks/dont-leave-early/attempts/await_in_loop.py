import asyncio


async def send_email(to, seconds):
    await asyncio.sleep(seconds)  # talking to the mail server
    print(f"sent to {to}")


async def main():
    for to, seconds in [("ana", 1), ("ben", 2), ("cy", 0.5)]:
        await asyncio.create_task(send_email(to, seconds))
    print("all emails queued")
    print("main is done")


asyncio.run(main())
