# sys.exit(3) inside a coroutine stops the whole program with exit code 3;
# finally blocks still run and there is no traceback.
import asyncio
import sys


async def main():
    print("checking configuration")
    await asyncio.sleep(0.2)
    try:
        print("configuration missing, exiting")
        sys.exit(3)
    finally:
        print("cleanup ran")
    print("never printed")


asyncio.run(main())
