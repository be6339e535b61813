import asyncio


async def remind(message, delay):
    await asyncio.sleep(delay)
    now = asyncio.get_running_loop().time()
    print(f"{now:.1f} {message}")


async def main():
    reminders = [("stand up", 2), ("stretch", 0.5), ("drink water", 1)]
    tasks = [asyncio.create_task(remind(message, delay)) for message, delay in reminders]
    await asyncio.wait(tasks)


asyncio.run(main())
