class Pause:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        yield self.label  # hand the label to the driver


async def make_tea():
    await Pause("boil water")
    await Pause("steep")
    return "tea"


def run(coro):
    result = None
    finished = False
    while not finished:
        try:
            label = coro.send(None)
            print("paused at:", label)
        except StopIteration as stop:
            result = stop.value
            finished = True
    return result


print("result:", run(make_tea()))
