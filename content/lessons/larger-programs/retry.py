import asyncio
import time

start = time.perf_counter()


class FlakyClient:
    def __init__(self):
        self.calls = 0

    async def balance(self):
        self.calls += 1
        if self.calls == 1:
            await asyncio.sleep(60)  # the server hangs
        await asyncio.sleep(0.2)
        if self.calls == 2:
            raise ConnectionError("connection reset")
        return 120


async def with_retries(call, attempts=4, timeout=1.0, first_delay=0.5):
    delay = first_delay
    for attempt in range(1, attempts + 1):
        try:
            async with asyncio.timeout(timeout):  # a limit for each attempt
                return await call()
        except (ConnectionError, TimeoutError) as error:
            if attempt == attempts:
                raise  # out of attempts: let the caller see the last error
            print(f"{time.perf_counter() - start:.1f} s  attempt {attempt}: {type(error).__name__}")
            await asyncio.sleep(delay)
            delay *= 2  # back off: wait twice as long next time


async def main():
    client = FlakyClient()
    balance = await with_retries(client.balance)
    print(f"{time.perf_counter() - start:.1f} s  balance: {balance}")


asyncio.run(main())
