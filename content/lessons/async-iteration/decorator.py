import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def connection(host):
    print(f"connecting to {host}")
    await asyncio.sleep(0.5)  # everything before yield is __aenter__
    try:
        yield f"<connection to {host}>"  # the value `as` receives
    finally:
        await asyncio.sleep(0.2)  # everything after yield is __aexit__
        print(f"closed {host}")


async def main():
    async with connection("db.example") as conn:
        print("using", conn)

    try:
        async with connection("backup.example") as conn:
            print("using", conn)
            raise ConnectionResetError("the server hung up")
    except ConnectionResetError as error:
        print("main caught:", error)


asyncio.run(main())
