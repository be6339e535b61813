import asyncio


class Room:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print(f"enter {self.name}")
        await asyncio.sleep(0.1)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)
        what = exc_type.__name__ if exc_type else "no error"
        print(f"leave {self.name} ({what})")


async def main():
    try:
        async with Room("hall"), Room("kitchen"):
            print("cooking")
            await asyncio.sleep(0.5)
            raise ValueError("burnt toast")
    except ValueError as error:
        print(f"main caught: {error}")
    print("done")


asyncio.run(main())
