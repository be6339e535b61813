# asyncio.Runner runs several coroutines on one loop: a task and a timer left
# behind by the first run keep going during the second.
import asyncio


async def background(log):
    await asyncio.sleep(0.3)
    log.append("background task finished")


async def first(log):
    asyncio.get_running_loop().call_later(0.2, log.append, "leftover timer fired")
    kept.append(asyncio.create_task(background(log)))
    await asyncio.sleep(0.1)
    return "first done"


async def second(log):
    log.append("second starts")
    await asyncio.sleep(0.5)
    return "second done"


log = []
kept = []
with asyncio.Runner() as runner:
    loop = runner.get_loop()
    start = loop.time()
    print(runner.run(first(log)), f"at {loop.time() - start:.1f}")
    print(runner.run(second(log)), f"at {loop.time() - start:.1f}")
    print("same loop:", runner.get_loop() is loop)
print(log)
print("loop closed:", loop.is_closed())
print(asyncio.run(second(log)), log[-1])
