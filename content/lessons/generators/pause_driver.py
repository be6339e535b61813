class Pause:
    def __await__(self):
        yield "paused"  # this value goes to whoever drives the coroutine

async def work():
    print("step 1")
    await Pause()
    print("step 2")
    await Pause()
    print("step 3")
    return 42

coro = work()
print("driver got", coro.send(None))
print("driver got", coro.send(None))
try:
    coro.send(None)
except StopIteration as stop:
    print("result", stop.value)
