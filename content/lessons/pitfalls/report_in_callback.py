import asyncio

background = set()


def finished(task):
    background.discard(task)
    if not task.cancelled() and task.exception() is not None:
        print(f"{task.get_name()} failed: {task.exception()}")


async def send_receipt(order):
    await asyncio.sleep(0.5)
    raise ConnectionError(f"mail server refused the receipt for order {order}")


async def main():
    task = asyncio.create_task(send_receipt(42), name="receipt-42")
    background.add(task)
    task.add_done_callback(finished)
    await asyncio.sleep(1)
    print("order 42 complete")


asyncio.run(main())
