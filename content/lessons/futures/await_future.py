import asyncio

async def courier(box):
    await asyncio.sleep(2)  # on the road
    print("courier: delivering")
    box.set_result("a parcel")

async def main():
    loop = asyncio.get_running_loop()
    box = loop.create_future()
    delivery = asyncio.create_task(courier(box))
    print("main: waiting for the box")
    item = await box  # main is suspended here until the box is filled
    print(f"main: got {item} at {loop.time():.1f} s")
    await delivery

asyncio.run(main())
