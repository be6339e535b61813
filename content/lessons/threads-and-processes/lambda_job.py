import asyncio
from concurrent.futures import ProcessPoolExecutor


def resize(photo, width):
    return f"{photo} at {width} px"


async def main():
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor() as pool:
        # run_in_executor takes no keyword arguments, so wrap the call in a lambda...
        small = await loop.run_in_executor(pool, lambda: resize("cat.jpg", width=200))
    print(small)


if __name__ == "__main__":
    asyncio.run(main())
