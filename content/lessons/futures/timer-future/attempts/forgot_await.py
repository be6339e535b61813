import asyncio


def alarm(seconds, message):
    """A future that gets `message` as result after `seconds`."""
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    asyncio.sleep(seconds)
    fut.set_result(message)
    return fut


async def main():
    loop = asyncio.get_running_loop()
    tea = alarm(1, "tea is ready")
    cake = alarm(2, "cake is ready")
    print(f"{await tea} at {loop.time():.1f} s")
    print(f"{await cake} at {loop.time():.1f} s")


asyncio.run(main())
