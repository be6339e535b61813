import asyncio


class Feed:
    def __init__(self, messages):
        self.waiting = list(messages)

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.waiting:
            raise StopAsyncIteration
        await asyncio.sleep(0.5)
        return self.waiting.pop(0)


async def main():
    # What `async for message in Feed([...])` does, step by step:
    feed = aiter(Feed(["hi!", "bye"]))  # calls __aiter__()
    while True:
        try:
            message = await anext(feed)  # awaits __anext__()
        except StopAsyncIteration:
            break
        print(message)

    try:
        for message in Feed(["hi!"]):  # a plain for loop
            print(message)
    except TypeError as error:
        print("TypeError:", error)


asyncio.run(main())
