import asyncio

async def bake():
    await asyncio.sleep(1)
    return "bread"

def announce(task):
    print("callback:", task.get_name(), "finished with", task.result())

async def main():
    task = asyncio.create_task(bake(), name="oven")
    print("a Future?", isinstance(task, asyncio.Future))
    print("done?", task.done())
    task.add_done_callback(announce)
    print("await ->", await task)
    print("done?", task.done())

asyncio.run(main())
