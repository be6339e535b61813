# "yield from" delegates to a sub-generator: its values pass straight
# through to the caller, and its return value becomes the value of the
# yield from expression.
def read_chunk(name, size):
    for i in range(size):
        yield f"{name}[{i}]"
    return size


def read_all():
    total = 0
    total += yield from read_chunk("a", 2)
    total += yield from read_chunk("b", 3)
    return total


gen = read_all()
while True:
    try:
        print(next(gen))
    except StopIteration as stop:
        print("total items:", stop.value)
        break
