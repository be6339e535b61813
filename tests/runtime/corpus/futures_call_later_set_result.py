# A Future is a placeholder for a result that arrives later. Here a timer
# callback fills it in and the coroutine awaiting it wakes up.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.7, fut.set_result, "parcel delivered")
    print("waiting for the future...")
    message = await fut
    print("got:", message)


asyncio.run(main())
