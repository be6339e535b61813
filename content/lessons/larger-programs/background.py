import asyncio
import time

start = time.perf_counter()


def stamp():
    return f"{time.perf_counter() - start:.1f} s"


class ApiClient:
    async def __aenter__(self):
        self._refresher = asyncio.create_task(self._keep_token_fresh())
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self._refresher.cancel()  # ask the background task to stop ...
        try:
            await self._refresher  # ... and wait until it has
        except asyncio.CancelledError:
            pass
        print(stamp(), "client closed")

    async def _keep_token_fresh(self):
        try:
            while True:
                await asyncio.sleep(1)
                print(stamp(), "token refreshed")
        finally:
            print(stamp(), "refresher stopped")

    async def orders(self):
        await asyncio.sleep(2.5)
        return ["order 1", "order 2"]


async def main():
    async with ApiClient() as api:
        orders = await api.orders()
        print(stamp(), orders)
    print(stamp(), "main returns")


asyncio.run(main())
