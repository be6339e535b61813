# An exception that nobody catches ends the program with a traceback on
# stderr and exit code 1; output printed before it is kept.
import asyncio


async def average(values):
    await asyncio.sleep(0.2)
    return sum(values) / len(values)


async def main():
    print("first:", await average([1, 2, 3]))
    print("second:", await average([]))
    print("never printed")


asyncio.run(main())
