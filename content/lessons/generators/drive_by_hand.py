async def greet(name):
    return f"Hello, {name}!"

coro = greet("Ada")
print("made", type(coro).__name__)
try:
    coro.send(None)  # run it until it stops
except StopIteration as stop:
    print("finished with", repr(stop.value))
