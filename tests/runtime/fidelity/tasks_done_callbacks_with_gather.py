# Done callbacks run in the order they were added: on each task, gather's own
# callback comes before the program's; on the gather, the program's callback
# was added before main started awaiting, so it runs before main resumes.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} returns")
    return name


async def main():
    a = asyncio.create_task(job("a", 0.4))
    b = asyncio.create_task(job("b", 0.4))
    gathered = asyncio.gather(a, b)
    a.add_done_callback(lambda t: print("callback on a:", t.result()))
    b.add_done_callback(lambda t: print("callback on b:", t.result()))
    gathered.add_done_callback(lambda f: print("callback on the gather:", f.result()))
    print("main got", await gathered)
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
