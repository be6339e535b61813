"""High-level asyncio APIs give exact virtual times (they are CPython's own code)."""
from tests.support import RunTestCase


class ApiTest(RunTestCase):
    def test_taskgroup(self):
        self.assertStdout("""
            import asyncio
            async def w(d):
                await asyncio.sleep(d)
                return d
            async def main():
                async with asyncio.TaskGroup() as tg:
                    ts = [tg.create_task(w(d)) for d in (3, 1, 2)]
                print([t.result() for t in ts], asyncio.get_running_loop().time())
            asyncio.run(main())
        """, "[3, 1, 2] 3.0\n")

    def test_taskgroup_cancels_siblings(self):
        self.assertStdout("""
            import asyncio
            async def slow():
                try:
                    await asyncio.sleep(10)
                except asyncio.CancelledError:
                    print("cancelled at", asyncio.get_running_loop().time())
                    raise
            async def bad():
                await asyncio.sleep(1)
                raise ValueError("x")
            async def main():
                try:
                    async with asyncio.TaskGroup() as tg:
                        tg.create_task(slow())
                        tg.create_task(bad())
                except* ValueError:
                    print("caught at", asyncio.get_running_loop().time())
            asyncio.run(main())
        """, "cancelled at 1.0\ncaught at 1.0\n")

    def test_timeout_and_wait_for(self):
        self.assertStdout("""
            import asyncio
            async def main():
                loop = asyncio.get_running_loop()
                try:
                    async with asyncio.timeout(1.5):
                        await asyncio.sleep(10)
                except TimeoutError:
                    print("timeout", loop.time())
                try:
                    await asyncio.wait_for(asyncio.sleep(10), 0.5)
                except TimeoutError:
                    print("wait_for", loop.time())
                print(await asyncio.wait_for(asyncio.sleep(1, "ok"), 2), loop.time())
            asyncio.run(main())
        """, "timeout 1.5\nwait_for 2.0\nok 3.0\n")

    def test_shield(self):
        self.assertStdout("""
            import asyncio
            async def inner():
                await asyncio.sleep(2)
                print("inner done", asyncio.get_running_loop().time())
            async def main():
                t = asyncio.create_task(inner())
                try:
                    await asyncio.wait_for(asyncio.shield(t), 1)
                except TimeoutError:
                    print("outer timed out", asyncio.get_running_loop().time())
                await t
            asyncio.run(main())
        """, "outer timed out 1.0\ninner done 2.0\n")

    def test_as_completed_and_wait(self):
        self.assertStdout("""
            import asyncio
            async def w(d):
                await asyncio.sleep(d)
                return d
            async def main():
                loop = asyncio.get_running_loop()
                for c in asyncio.as_completed([w(3), w(1), w(2)]):
                    print(await c, loop.time())
                ts = [asyncio.create_task(w(d)) for d in (2, 1)]
                done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
                print([t.result() for t in done], len(pending), loop.time())
                await asyncio.wait(pending)
                print(loop.time())
            asyncio.run(main())
        """, "1 1.0\n2 2.0\n3 3.0\n[1] 1 4.0\n5.0\n")

    def test_queue_producer_consumer(self):
        self.assertStdout("""
            import asyncio
            async def producer(q):
                for i in range(3):
                    await asyncio.sleep(1)
                    await q.put(i)
                await q.put(None)
            async def consumer(q):
                while (item := await q.get()) is not None:
                    print("got", item, asyncio.get_running_loop().time())
                    q.task_done()
            async def main():
                q = asyncio.Queue(maxsize=1)
                await asyncio.gather(producer(q), consumer(q))
            asyncio.run(main())
        """, "got 0 1.0\ngot 1 2.0\ngot 2 3.0\n")

    def test_semaphore_limits_concurrency(self):
        self.assertStdout("""
            import asyncio
            sem = asyncio.Semaphore(2)
            async def w(i):
                async with sem:
                    await asyncio.sleep(1)
                    print(i, asyncio.get_running_loop().time())
            async def main():
                await asyncio.gather(*(w(i) for i in range(5)))
            asyncio.run(main())
        """, "0 1.0\n1 1.0\n2 2.0\n3 2.0\n4 3.0\n")

    def test_bounded_semaphore(self):
        self.assertStdout("""
            import asyncio
            async def main():
                s = asyncio.BoundedSemaphore(1)
                await s.acquire()
                s.release()
                try:
                    s.release()
                except ValueError as e:
                    print(e)
            asyncio.run(main())
        """, "BoundedSemaphore released too many times\n")

    def test_condition_and_event(self):
        self.assertStdout("""
            import asyncio
            async def main():
                cond = asyncio.Condition()
                ev = asyncio.Event()
                items = []
                async def consumer():
                    async with cond:
                        await cond.wait_for(lambda: items)
                        print("consumer", items, asyncio.get_running_loop().time())
                async def producer():
                    await asyncio.sleep(2)
                    async with cond:
                        items.append(1)
                        cond.notify_all()
                    ev.set()
                async def watcher():
                    await ev.wait()
                    print("event", asyncio.get_running_loop().time())
                await asyncio.gather(consumer(), producer(), watcher())
            asyncio.run(main())
        """, "consumer [1] 2.0\nevent 2.0\n")

    def test_barrier(self):
        self.assertStdout("""
            import asyncio
            async def w(b, d):
                await asyncio.sleep(d)
                await b.wait()
                print(d, asyncio.get_running_loop().time())
            async def main():
                b = asyncio.Barrier(3)
                await asyncio.gather(w(b, 1), w(b, 2), w(b, 3))
            asyncio.run(main())
        """, "3 3.0\n1 3.0\n2 3.0\n")

    def test_async_generator(self):
        self.assertStdout("""
            import asyncio
            async def ticks(n):
                for i in range(n):
                    await asyncio.sleep(0.5)
                    yield i
            async def main():
                async for i in ticks(3):
                    print(i, asyncio.get_running_loop().time())
                print([i async for i in ticks(2)], asyncio.get_running_loop().time())
            asyncio.run(main())
        """, "0 0.5\n1 1.0\n2 1.5\n[0, 1] 2.5\n")

    def test_runner_and_new_event_loop(self):
        self.assertStdout("""
            import asyncio
            with asyncio.Runner() as runner:
                runner.run(asyncio.sleep(1))
                print(type(runner.get_loop()).__name__, runner.get_loop().time())
            loop = asyncio.new_event_loop()
            loop.run_until_complete(asyncio.sleep(2))
            print(loop.time())
            loop.close()
        """, "VirtualEventLoop 1.0\n3.0\n")

    def test_cancel(self):
        self.assertStdout("""
            import asyncio
            async def w():
                try:
                    await asyncio.sleep(5)
                except asyncio.CancelledError:
                    print("cancelled", asyncio.get_running_loop().time())
                    raise
            async def main():
                t = asyncio.create_task(w())
                await asyncio.sleep(1)
                t.cancel()
                try:
                    await t
                except asyncio.CancelledError:
                    print("main saw", t.cancelled())
            asyncio.run(main())
        """, "cancelled 1.0\nmain saw True\n")
