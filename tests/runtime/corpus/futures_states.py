# The three states of a future: pending, done (with a result or an
# exception) and cancelled.
import asyncio


def describe(label, fut):
    if fut.cancelled():
        state = "cancelled"
    elif fut.done():
        state = "done"
    else:
        state = "pending"
    print(f"{label}: {state}")


async def main():
    loop = asyncio.get_running_loop()

    ok = loop.create_future()
    describe("ok", ok)
    try:
        ok.result()
    except asyncio.InvalidStateError:
        print("no result yet")
    ok.set_result(5)
    describe("ok", ok)
    print("result:", ok.result())

    bad = loop.create_future()
    bad.set_exception(KeyError("missing"))
    describe("bad", bad)
    print("exception:", repr(bad.exception()))

    gone = loop.create_future()
    gone.cancel()
    describe("gone", gone)
    try:
        await gone
    except asyncio.CancelledError:
        print("awaiting a cancelled future raises CancelledError")


asyncio.run(main())
