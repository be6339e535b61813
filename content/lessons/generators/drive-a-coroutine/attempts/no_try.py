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
    while True:
        label = coro.send(None)
        print("paused at:", label)


print("result:", run(make_tea()))
