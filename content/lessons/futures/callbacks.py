import asyncio

def on_done(fut):
    print("callback: got", fut.result())

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    print("main: setting the result")
    fut.set_result("hello")
    print("main: result is set")
    await asyncio.sleep(0)  # let the loop run what is ready
    print("main: done")

asyncio.run(main())
