# No event loop at all: a native coroutine is driven with send(None).
# Each time it suspends, send returns what it yielded; when it returns,
# StopIteration carries the return value.
class Pause:
    """A tiny awaitable that suspends once, handing a message to the driver."""

    def __init__(self, message):
        self.message = message

    def __await__(self):
        reply = yield self.message
        return reply


async def add(a, b):
    got = await Pause(f"about to add {a} and {b}")
    print("resumed with", got)
    return a + b


coro = add(2, 3)
print(type(coro).__name__)
print("suspended, said:", coro.send(None))
try:
    coro.send("go on")
except StopIteration as stop:
    print("returned", stop.value)
