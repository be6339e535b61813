# A Condition combines a lock with waiting for a state change; notify_all
# wakes every waiting task, and each re-checks the state under the lock.
import asyncio

menu = []


async def guest(name, cond):
    async with cond:
        await cond.wait_for(lambda: len(menu) > 0)
        print(f"{name} reads the menu: {menu}")


async def chef(cond):
    await asyncio.sleep(0.6)
    async with cond:
        menu.append("soup")
        print("chef: menu is ready")
        cond.notify_all()


async def main():
    cond = asyncio.Condition()
    await asyncio.gather(guest("ana", cond), guest("ben", cond), chef(cond))


asyncio.run(main())
