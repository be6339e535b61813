import asyncio
import time

start = time.perf_counter()


class Broker:
    def __init__(self):
        self.inboxes = []

    def subscribe(self):
        inbox = asyncio.Queue()
        self.inboxes.append(inbox)
        return inbox

    def publish(self, message):
        for inbox in self.inboxes:  # every subscriber gets its own copy
            inbox.put_nowait(message)


async def subscriber(name, inbox, seconds):
    while (message := await inbox.get()) is not None:
        await asyncio.sleep(seconds)  # handling takes a while
        print(f"{time.perf_counter() - start:.1f} s  {name}: {message}")


async def main():
    broker = Broker()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(subscriber("log", broker.subscribe(), 0.1))
        tg.create_task(subscriber("mail", broker.subscribe(), 1.0))
        for price in (10, 11, 12):
            broker.publish(f"price is {price}")
            await asyncio.sleep(0.5)
        broker.publish(None)  # no more messages
    print(f"{time.perf_counter() - start:.1f} s  all subscribers done")


asyncio.run(main())
