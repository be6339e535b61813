import asyncio
import time

start = time.perf_counter()


async def build(report, seconds):
    await asyncio.sleep(seconds)
    print(f"{time.perf_counter() - start:.1f} s  {report} report built")
    return f"{report}.pdf"


async def main():
    tasks = [
        asyncio.create_task(build("sales", 0.5), name="sales"),
        asyncio.create_task(build("stock", 2.0), name="stock"),
        asyncio.create_task(build("staff", 0.8), name="staff"),
    ]
    done, pending = await asyncio.wait(tasks, timeout=1.0)
    print(f"{time.perf_counter() - start:.1f} s  wait returned")
    print("done:   ", sorted(task.get_name() for task in done))
    print("pending:", sorted(task.get_name() for task in pending))
    print("files:  ", [task.result() for task in tasks if task in done])
    await asyncio.wait(pending)  # still running: wait for the rest too


asyncio.run(main())
