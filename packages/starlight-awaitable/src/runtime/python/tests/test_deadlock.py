"""A loop with nothing scheduled and stuck tasks reports a deadlock."""
from tests.support import RunTestCase, run


class DeadlockTest(RunTestCase):
    def check(self, source, *fragments):
        r = run(source)
        self.assertEqual(r["exitCode"], 1)
        self.assertEqual(r["error"]["type"], "DeadlockError")
        msg = r["error"]["message"]
        self.assertTrue(msg.startswith("Deadlock: no task can ever make progress."), msg)
        for f in fragments:
            self.assertIn(f, msg)
        self.assertIn("DeadlockError: Deadlock:", r["stderr"])
        self.assertNotIn("Traceback", r["stderr"])
        return r

    def test_event_never_set(self):
        self.check("""
            import asyncio
            async def waiter(ev):
                await ev.wait()
            async def main():
                ev = asyncio.Event()
                await asyncio.gather(waiter(ev), waiter(ev))
            asyncio.run(main())
        """, "Task-1 'main' is waiting at main.py:7 for gather(Task-2, Task-3) to finish",
             "Task-2 'waiter' is waiting at main.py:4 for Event.wait() on ev",
             "Task-3 'waiter' is waiting at main.py:4 for Event.wait() on ev")

    def test_two_tasks_two_locks(self):
        r = self.check("""
            import asyncio
            lock_a = asyncio.Lock()
            lock_b = asyncio.Lock()
            async def one():
                async with lock_a:
                    await asyncio.sleep(0.1)
                    async with lock_b:
                        pass
            async def two():
                async with lock_b:
                    await asyncio.sleep(0.1)
                    async with lock_a:
                        pass
            async def main():
                async with asyncio.TaskGroup() as tg:
                    tg.create_task(one(), name="worker")
                    tg.create_task(two())
            asyncio.run(main())
        """, "worker 'one' is waiting at main.py:8 for Lock.acquire() on lock_b",
             "Task-2 'two' is waiting at main.py:13 for Lock.acquire() on lock_a",
             "TaskGroup's tasks")
        self.assertAlmostEqual(r["elapsed"], 0.1)

    def test_queue_get_without_producer(self):
        self.check("""
            import asyncio
            async def consumer(q):
                while True:
                    item = await q.get()
            async def main():
                q = asyncio.Queue()
                await asyncio.create_task(consumer(q))
            asyncio.run(main())
        """, "Task-1 'main' is waiting at main.py:8 for Task-2 to finish",
             "Task-2 'consumer' is waiting at main.py:5 for Queue.get() on q")

    def test_semaphore_condition_future(self):
        self.check("""
            import asyncio
            async def main():
                sem = asyncio.Semaphore(0)
                cond = asyncio.Condition()
                fut = asyncio.get_running_loop().create_future()
                async def c():
                    async with cond:
                        await cond.wait()
                await asyncio.gather(sem.acquire(), c(), fut)
            asyncio.run(main())
        """, "Semaphore.acquire()", "Condition.wait() on cond", "gather(")

    def test_shutdown_is_clean_and_runtime_still_usable(self):
        r = self.check("""
            import asyncio
            async def main():
                try:
                    await asyncio.Event().wait()
                finally:
                    print("cleanup ran")
            asyncio.run(main())
        """)
        self.assertEqual(r["stdout"], "cleanup ran\n")
        self.assertStdout("import asyncio\nasyncio.run(asyncio.sleep(1))\nprint('ok')\n", "ok\n")

    def test_deadlock_trace_event(self):
        r = run("""
            import asyncio
            asyncio.run(asyncio.Event().wait())
        """, trace=True)
        kinds = [e["kind"] for e in r["events"]]
        self.assertIn("deadlock", kinds)
        ev = next(e for e in r["events"] if e["kind"] == "deadlock")
        self.assertEqual(ev["tasks"][0]["awaiting"]["kind"], "event")
