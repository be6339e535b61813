import asyncio


async def get_temperature(city):
    await asyncio.sleep(1)  # ask a weather service
    return {"Oslo": 4, "Lima": 19}[city]


def report(city, temperature):
    return f"{city}: {temperature} °C"


async def main():
    print(report("Oslo", await get_temperature("Oslo")))
    print(report("Lima", await get_temperature("Lima")))


asyncio.run(main())
