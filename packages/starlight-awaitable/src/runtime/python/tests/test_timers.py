"""The timer model with CPU time on (README: Timers): millisecond wake-ups and one batch
of due timers as CPython's EpollSelector + _run_once, CPython's heap order for equal
deadlines, strictly increasing clock reads; pure virtual time unchanged. Expected
outputs were recorded with native CPython 3.13 (several runs each)."""
import unittest

from tests.support import RunTestCase, run

SEMAPHORE = """
    import asyncio, time
    async def worker(sem, n, start):
        async with sem:
            print(f"[{time.perf_counter() - start:.1f}] Accessing resource {n}")
            await asyncio.sleep(1)
            print(f"[{time.perf_counter() - start:.1f}] Releasing resource {n}")
    async def main():
        sem = asyncio.Semaphore(2)
        start = time.perf_counter()
        await asyncio.gather(*(worker(sem, i, start) for i in range(5)))
    asyncio.run(main())
"""
SEMAPHORE_OUT = """\
[0.0] Accessing resource 0
[0.0] Accessing resource 1
[1.0] Releasing resource 0
[1.0] Releasing resource 1
[1.0] Accessing resource 2
[1.0] Accessing resource 3
[2.0] Releasing resource 2
[2.0] Releasing resource 3
[2.0] Accessing resource 4
[3.0] Releasing resource 4
"""

TASKGROUP = """
    import asyncio
    async def fail(n):
        await asyncio.sleep(1)
        raise ValueError(f"child {n} failed")
    async def main():
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fail(1))
                tg.create_task(fail(2))
        except* ValueError as eg:
            for e in eg.exceptions:
                print("caught:", e)
    asyncio.run(main())
"""


class CpuTimeTimersTest(RunTestCase):
    def test_seed_semaphore_example_matches_cpython(self):
        for cpu in (True, False):
            self.assertEqual(run(SEMAPHORE, cpu_time=cpu)["stdout"], SEMAPHORE_OUT)

    def test_taskgroup_children_failing_together_keep_both_errors(self):
        for cpu in (True, False):
            self.assertEqual(run(TASKGROUP, cpu_time=cpu)["stdout"],
                             "caught: child 1 failed\ncaught: child 2 failed\n")

    def test_clock_reads_strictly_increase(self):
        r = run("""
            import asyncio, time
            async def main():
                loop = asyncio.get_running_loop()
                reads = [loop.time(), loop.time(), time.monotonic(), time.perf_counter(),
                         time.monotonic(), loop.time()]
                walls = [time.time(), time.time(), time.time()]
                ns = [time.monotonic_ns(), time.perf_counter_ns(), time.time_ns()]
                print(all(a < b for a, b in zip(reads, reads[1:])),
                      all(a < b for a, b in zip(walls, walls[1:])), ns[0] < ns[1])
            asyncio.run(main())
        """, cpu_time=True)
        self.assertEqual(r["stdout"], "True True True\n")
        off = run("import time\nprint(time.monotonic() == time.monotonic())", cpu_time=False)
        self.assertEqual(off["stdout"], "True\n")  # pure virtual time: the clock stands still

    def test_call_at_from_an_earlier_read_runs_first(self):
        source = """
            import asyncio
            async def main():
                loop = asyncio.get_running_loop()
                now = loop.time()
                loop.call_later(0.2, print, "a: call_later(0.2)")
                loop.call_at(now + 0.2, print, "c: call_at(now + 0.2)")
                await asyncio.sleep(0.3)
            asyncio.run(main())
        """
        self.assertEqual(run(source, cpu_time=True)["stdout"],
                         "c: call_at(now + 0.2)\na: call_later(0.2)\n")  # as CPython
        self.assertEqual(run(source, cpu_time=False)["stdout"],
                         "a: call_later(0.2)\nc: call_at(now + 0.2)\n")  # first come, first served

    def test_identical_deadlines_pop_in_cpythons_heap_order(self):
        r = run("""
            import asyncio
            async def main():
                loop = asyncio.get_running_loop()
                order = []
                when = loop.time() + 0.3
                for name in "abcdefg":
                    loop.call_at(when, order.append, name)
                await asyncio.sleep(0.5)
                print("".join(order))
            asyncio.run(main())
        """, cpu_time=True)
        self.assertEqual(r["stdout"], "acgfbde\n")  # native CPython 3.13

    def test_wait_is_rounded_up_to_whole_milliseconds(self):
        source = """
            import asyncio, time
            async def main():
                for _ in range(3):
                    await asyncio.sleep(0.0002)
                print(f"{time.monotonic():.4f}")
            asyncio.run(main())
        """
        # Each 0.2 ms sleep waits a whole millisecond, as epoll does; pure virtual time is exact.
        self.assertEqual(run(source, cpu_time=True)["stdout"], "0.0030\n")
        self.assertEqual(run(source, cpu_time=False)["stdout"], "0.0006\n")

    def test_timers_armed_microseconds_apart_fire_in_one_batch(self):
        # Native CPython prints this unless the OS happens to deschedule it for over a
        # millisecond between the two tasks' first steps (seen on a loaded machine).
        r = run("""
            import asyncio
            async def sleeper(name):
                await asyncio.sleep(1)
                print(name, "woke")
                await asyncio.sleep(0)
                print(name, "resumed")
            async def main():
                await asyncio.gather(sleeper("a"), sleeper("b"))
            asyncio.run(main())
        """, cpu_time=True)
        self.assertEqual(r["stdout"], "a woke\nb woke\na resumed\nb resumed\n")

    def test_a_threads_result_wakes_the_loop_exactly(self):
        r = run("""
            import asyncio, time
            def job():
                time.sleep(0.25)
            async def main():
                await asyncio.to_thread(job)
                print(f"{time.monotonic():.6f}")
            asyncio.run(main())
        """, cpu_time=True)
        self.assertLess(float(r["stdout"]), 0.2502)  # not rounded up to 0.251


if __name__ == "__main__":
    unittest.main()
