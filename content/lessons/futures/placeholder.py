import asyncio

async def main():
    loop = asyncio.get_running_loop()
    box = loop.create_future()  # an empty box for a result
    print(box, "done?", box.done())

    box.set_result("a parcel")  # someone fills the box
    print(box, "done?", box.done())
    print("result:", box.result())

asyncio.run(main())
