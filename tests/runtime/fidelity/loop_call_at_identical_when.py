# Seven callbacks scheduled with call_at for the very same `when`: they all run
# in one loop iteration, in the order the timer heap gives them out.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    order = []
    when = loop.time() + 0.3
    for name in "abcdefg":
        loop.call_at(when, order.append, name)
    loop.call_at(when, lambda: order.append(f"h sees {len(order)} before it"))
    await asyncio.sleep(0.5)
    print(order)

    order.clear()
    when = loop.time() + 0.2
    handles = [loop.call_at(when, order.append, n) for n in range(10)]
    handles[3].cancel()
    handles[6].cancel()
    await asyncio.sleep(0.4)
    print(order)


asyncio.run(main())
