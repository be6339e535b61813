import asyncio

async def greet():
    print("greet: running")
    return "hi"

async def main():
    coro = greet()  # nothing runs yet
    print("main: coroutine created")
    await asyncio.sleep(1)
    print("main: still nothing from greet")
    print("main: got", await coro)

asyncio.run(main())
