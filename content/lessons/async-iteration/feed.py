import asyncio
import time

start = time.perf_counter()


class Feed:
    """Hands out chat messages one at a time, as they arrive."""

    def __init__(self, messages):
        self.waiting = list(messages)

    def __aiter__(self):
        return self  # the object is its own async iterator

    async def __anext__(self):
        if not self.waiting:
            raise StopAsyncIteration  # no more messages: the loop ends
        await asyncio.sleep(0.5)  # waiting for the next message to arrive
        return self.waiting.pop(0)


async def main():
    async for message in Feed(["hi!", "are you there?", "bye"]):
        print(f"{time.perf_counter() - start:.1f} s  {message}")
    print("feed ended")


asyncio.run(main())
