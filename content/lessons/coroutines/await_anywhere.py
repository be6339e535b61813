import asyncio


class Thermometer:
    def __init__(self, room):
        self.room = room

    async def read(self):  # a method can be a coroutine function too
        await asyncio.sleep(0.5)
        return 21


async def main():
    kitchen = Thermometer("kitchen")
    # `await x` is an expression: use it wherever a value can go.
    readings = {kitchen.room: await kitchen.read()}
    print(readings)
    print("warm" if await kitchen.read() > 20 else "cold")


asyncio.run(main())
