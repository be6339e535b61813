import asyncio

async def main():
    loop = asyncio.get_running_loop()
    ok = loop.create_future()
    failed = loop.create_future()
    dropped = loop.create_future()

    ok.set_result(7)
    failed.set_exception(ValueError("sold out"))
    dropped.cancel()

    for name, fut in [("ok", ok), ("failed", failed), ("dropped", dropped)]:
        print(f"{name:8} done={fut.done()} cancelled={fut.cancelled()}")

    print("await ok ->", await ok)
    try:
        await failed
    except ValueError as error:
        print("await failed -> ValueError:", error)
    try:
        await dropped
    except asyncio.CancelledError:
        print("await dropped -> CancelledError")

asyncio.run(main())
