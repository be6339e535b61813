# The event-loop documentation's first examples: call_soon on a loop run with
# run_forever, and a callback that reschedules itself with call_later until an
# end time (ticks every 0.5 s for 2.5 s instead of every second for 5 s).
import asyncio


def hello_world(loop):
    print("Hello World")
    loop.stop()


loop = asyncio.new_event_loop()
loop.call_soon(hello_world, loop)
try:
    loop.run_forever()
finally:
    loop.close()


def display_tick(end_time, loop, start):
    print(f"tick at {loop.time() - start:.1f}")
    if (loop.time() + 0.5) < end_time:
        loop.call_later(0.5, display_tick, end_time, loop, start)
    else:
        loop.stop()


loop = asyncio.new_event_loop()
start = loop.time()
end_time = loop.time() + 2.5
loop.call_soon(display_tick, end_time, loop, start)
try:
    loop.run_forever()
finally:
    loop.close()
print("loop closed:", loop.is_closed())
