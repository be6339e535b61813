# Nested timeouts: the inner one expires first and is handled inside; then the
# outer one expires while the inner block has a later deadline.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(1.0):
            try:
                async with asyncio.timeout(0.3):
                    await asyncio.sleep(10)
            except TimeoutError:
                print(f"{loop.time() - start:.1f} inner timed out")
            try:
                async with asyncio.timeout(5):
                    await asyncio.sleep(10)
            except TimeoutError:
                print(f"{loop.time() - start:.1f} second inner timed out (wrong)")
    except TimeoutError:
        print(f"{loop.time() - start:.1f} outer timed out")
    print("main cancelling():", asyncio.current_task().cancelling())


asyncio.run(main())
