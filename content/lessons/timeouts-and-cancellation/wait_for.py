import asyncio

RATES = {"EUR": 0.92, "JPY": 157.3}


async def fetch_rate(currency, seconds):
    try:
        await asyncio.sleep(seconds)  # asking the exchange
    except asyncio.CancelledError:
        print(f"{currency}: request cancelled")
        raise
    return RATES[currency]


async def main():
    rate = await asyncio.wait_for(fetch_rate("EUR", 0.5), timeout=1)
    print("EUR:", rate)
    try:
        rate = await asyncio.wait_for(fetch_rate("JPY", 3), timeout=1)
        print("JPY:", rate)
    except TimeoutError:
        print("JPY: no answer within 1 s")


asyncio.run(main())
