import asyncio


async def get_temperature(city):
    await asyncio.sleep(1)  # ask a weather service
    return {"Oslo": 4, "Lima": 19}[city]


def report(city):
    temperature = await get_temperature(city)
    return f"{city}: {temperature} °C"


async def main():
    print(report("Oslo"))
    print(report("Lima"))


asyncio.run(main())
