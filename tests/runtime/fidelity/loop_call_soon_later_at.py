# call_soon, call_later and call_at ordering. call_at(now + 0.2) runs before a
# call_later(0.2) made after reading `now`, because the clock has moved on by
# the time call_later reads it.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()

    def report(label):
        print(f"{loop.time() - start:.1f} {label}")

    now = loop.time()
    loop.call_later(0.2, report, "a: call_later(0.2)")
    loop.call_at(now + 0.2, report, "c: call_at(now + 0.2)")
    loop.call_soon(report, "s1: call_soon")
    loop.call_later(0, report, "z: call_later(0)")
    loop.call_soon(report, "s2: call_soon")
    loop.call_later(0.1, report, "b: call_later(0.1)")
    loop.call_at(now + 0.1, report, "d: call_at(now + 0.1)")
    doomed = loop.call_later(0.15, report, "never: cancelled")
    doomed.cancel()
    print("scheduled; cancelled handle:", doomed.cancelled())
    await asyncio.sleep(0.3)
    report("main wakes")


asyncio.run(main())
