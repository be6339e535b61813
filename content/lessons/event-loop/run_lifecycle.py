import asyncio

async def main():
    loop = asyncio.get_running_loop()
    print("in main, loop running:", loop.is_running())
    await asyncio.sleep(1)
    return loop  # asyncio.run hands this back

loop = asyncio.run(main())
print("after run, loop closed:", loop.is_closed())
try:
    asyncio.get_running_loop()
except RuntimeError as error:
    print("RuntimeError:", error)
