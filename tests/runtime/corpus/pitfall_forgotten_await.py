# Forgetting "await" means the coroutine never runs: nothing is printed
# by it, and Python warns on stderr that it "was never awaited".
import asyncio


async def send_email(to):
    await asyncio.sleep(0.2)
    print(f"email sent to {to}")


async def main():
    send_email("ana@example.com")  # oops: missing await
    await send_email("bo@example.com")
    print("main done")


asyncio.run(main())
