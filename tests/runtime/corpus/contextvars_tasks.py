# Each task runs in a copy of the context it was created in, so setting
# a ContextVar inside one task does not affect other tasks or main.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")


async def handle(rid, delay):
    request_id.set(rid)
    await asyncio.sleep(delay)
    print(f"handler {rid} sees request_id={request_id.get()}")


async def main():
    request_id.set("main")
    await asyncio.gather(handle("r1", 0.3), handle("r2", 0.1), handle("r3", 0.2))
    print("main sees request_id =", request_id.get())


asyncio.run(main())
