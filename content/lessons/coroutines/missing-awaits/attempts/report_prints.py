import asyncio


async def get_temperature(city):
    await asyncio.sleep(1)  # ask a weather service
    return {"Oslo": 4, "Lima": 19}[city]


async def report(city):
    temperature = await get_temperature(city)
    print(f"{city}: {temperature} °C")


async def main():
    await report("Oslo")
    await report("Lima")


asyncio.run(main())
