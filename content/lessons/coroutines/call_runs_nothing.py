import asyncio
import inspect

async def brew(drink):
    print(f"brewing {drink}")
    await asyncio.sleep(1)
    return f"{drink} is ready"

async def main():
    print("coroutine function?", inspect.iscoroutinefunction(brew))
    coro = brew("tea")
    print("calling brew gave a", type(coro).__name__)
    result = await coro  # only now does brew's body run
    print(result)

asyncio.run(main())
