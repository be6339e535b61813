import asyncio
import time

start = time.perf_counter()
calls = []  # when each call to the service started


class RatesClient:
    """A pretend client: it refuses calls until 1.5 s."""

    async def euro_rate(self):
        now = time.perf_counter() - start
        calls.append(now)
        print(f"{now:.1f} s  calling the rates service")
        await asyncio.sleep(0.2)
        if now < 1.5:
            raise ConnectionError("service unavailable")
        return 1.17


async def with_retries(call, attempts=4):
    delay = 0.5
    for attempt in range(1, attempts + 1):
        try:
            return await call()
        except ConnectionError as error:
            print(f"attempt {attempt} failed: {error}")
            if attempt == attempts:
                raise
            delay *= 2
            await asyncio.sleep(delay)


async def main():
    client = RatesClient()
    rate = await with_retries(client.euro_rate)
    print(f"{time.perf_counter() - start:.1f} s  rate: {rate}")


asyncio.run(main())
