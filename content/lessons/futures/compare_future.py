import asyncio

def now():
    loop = asyncio.get_running_loop()
    return f"{loop.time():.1f}"

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(1, fut.set_result, "parcel")
    print("waiting at", now())
    print("got", await fut, "at", now())
    try:
        fut.set_result("another")
    except asyncio.InvalidStateError:
        print("second set_result: error")

asyncio.run(main())
