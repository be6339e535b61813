# The asyncio-task documentation's gather example (factorials computed step by
# step), with 0.25 s steps: in every round the three tasks wake together and
# print in the order they started.
import asyncio


async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({number}), currently i={i}...")
        await asyncio.sleep(0.25)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")
    return f


async def main():
    results = await asyncio.gather(factorial("A", 2), factorial("B", 3), factorial("C", 4))
    print(results)


asyncio.run(main())
