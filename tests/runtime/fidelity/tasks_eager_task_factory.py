# With asyncio.eager_task_factory (Python 3.12+), create_task runs the
# coroutine at once up to its first real wait; a coroutine that never waits is
# finished before create_task returns.
import asyncio


async def quick(name):
    print(f"  {name} runs")
    return name


async def waits(name, delay):
    print(f"  {name} starts")
    await asyncio.sleep(delay)
    print(f"  {name} resumes")
    return name


async def scenario(label):
    print(label)
    q = asyncio.create_task(quick("quick"))
    print("  quick done right away:", q.done())
    w1 = asyncio.create_task(waits("w1", 0.2))
    w2 = asyncio.create_task(waits("w2", 0.1))
    print("  main continues")
    print("  results:", await asyncio.gather(q, w1, w2))


async def main():
    await scenario("default task factory:")
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    await scenario("eager task factory:")


asyncio.run(main())
