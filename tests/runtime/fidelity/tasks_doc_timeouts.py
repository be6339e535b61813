# The asyncio-task documentation's timeout examples: wait_for on an
# "eternity", asyncio.timeout around a long operation, and a rescheduled
# deadline that the work beats.
import asyncio


async def eternity():
    await asyncio.sleep(3600)
    print("yay!")


async def long_running_task():
    await asyncio.sleep(3600)


async def main():
    try:
        await asyncio.wait_for(eternity(), timeout=0.5)
    except TimeoutError:
        print("timeout!")

    try:
        async with asyncio.timeout(0.3):
            await long_running_task()
    except TimeoutError:
        print("The long operation timed out, but we've handled it.")
    print("This statement will run regardless.")

    try:
        async with asyncio.timeout(None) as cm:
            new_deadline = asyncio.get_running_loop().time() + 0.4
            cm.reschedule(new_deadline)
            await asyncio.sleep(0.2)
    except TimeoutError:
        pass
    print("Looks like we finished in time:", not cm.expired())


asyncio.run(main())
