import asyncio


class Guard:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print(f"  __aexit__ got {exc_type}, {exc!r}, {type(tb).__name__}")
        return exc_type is KeyError  # a true value swallows the exception


async def main():
    async with Guard():
        print("body finishes normally")

    async with Guard():
        print("body raises KeyError")
        raise KeyError("cat")
    print("the KeyError was swallowed")

    try:
        async with Guard():
            print("body raises ValueError")
            raise ValueError("dog")
    except ValueError as error:
        print(f"main caught ValueError: {error}")


asyncio.run(main())
