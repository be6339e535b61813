# Futures ending in other ways: cancelled (callbacks still run) and with an
# exception set from a timer (the awaiting task sees it raised).
import asyncio


async def main():
    loop = asyncio.get_running_loop()

    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback: cancelled =", f.cancelled()))
    loop.call_later(0.2, fut.cancel, "no longer needed")
    try:
        await fut
    except asyncio.CancelledError as exc:
        print("await raised CancelledError:", exc.args)

    fut = loop.create_future()
    loop.call_later(0.3, fut.set_exception, LookupError("nothing here"))
    try:
        await fut
    except LookupError as exc:
        print("await raised LookupError:", exc)
    print("exception():", repr(fut.exception()))

    fut = loop.create_future()
    loop.call_later(0.1, fut.set_result, "first")
    loop.call_later(0.1, lambda: print("second set_result refused:", fut.done()))
    print("result:", await fut)
    try:
        fut.set_result("again")
    except asyncio.InvalidStateError:
        print("InvalidStateError on a second set_result")


asyncio.run(main())
