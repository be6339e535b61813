"""CPU time in virtual time: deterministic cost, the GIL for threads, cores for processes."""
import json
import os
import textwrap

from awaitable_runtime import cpu, run_program

from .support import RunTestCase

HERE = os.path.dirname(os.path.abspath(__file__))
CALIBRATION = os.path.join(HERE, "calibration")

CRUNCH = """
import asyncio, time
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor

def crunch(n=200_000):
    total = 0
    for i in range(n):
        total += i % 7
    return total
"""


def run(source, **kwargs):
    return run_program(textwrap.dedent(source), **kwargs)


def elapsed_of(body, **kwargs):
    r = run(CRUNCH + textwrap.dedent(body), **kwargs)
    assert r["exitCode"] == 0, r["stderr"]
    return r


class DeterminismTest(RunTestCase):
    def test_same_program_same_time(self):
        source = CRUNCH + "crunch()\nasyncio.run(asyncio.sleep(0.5))\n"
        times = {run(source)["elapsed"] for _ in range(3)}
        self.assertEqual(len(times), 1)
        (t,) = times
        self.assertGreater(t, 0.5)

    def test_switch_off_gives_pure_virtual_time(self):
        source = CRUNCH + "crunch()\nasyncio.run(asyncio.sleep(0.5))\n"
        self.assertEqual(run(source, cpu_time=False)["elapsed"], 0.5)

    def test_more_work_costs_more(self):
        small = elapsed_of("crunch(100_000)")["elapsed"]
        large = elapsed_of("crunch(400_000)")["elapsed"]
        self.assertAlmostEqual(large / small, 4, delta=0.1)

    def test_perf_counter_measures_the_work(self):
        r = elapsed_of("""
            start = time.perf_counter()
            crunch()
            print(round((time.perf_counter() - start) / %r, 1))
        """ % run(CRUNCH + "crunch()\n")["elapsed"])
        self.assertEqual(r["stdout"], "1.0\n")


class CalibrationTest(RunTestCase):
    """Each calibration program's virtual time is within 2x of native CPython's
    (recorded on the reference machine by calibration/measure_native.py)."""

    def test_within_factor_two_of_native(self):
        with open(os.path.join(CALIBRATION, "native-times.json")) as f:
            native = json.load(f)["seconds"]
        self.assertGreaterEqual(len(native), 4)
        for name, seconds in native.items():
            with open(os.path.join(CALIBRATION, name + ".py")) as f:
                r = run_program(f.read())
            self.assertEqual(r["exitCode"], 0, r["stderr"])
            ratio = r["elapsed"] / seconds
            with self.subTest(program=name, virtual=r["elapsed"], native=seconds):
                self.assertTrue(0.5 <= ratio <= 2.0, "ratio %.2f" % ratio)


class WhereTheCostLandsTest(RunTestCase):
    def single(self):
        return elapsed_of("crunch()")["elapsed"]

    def test_sequential_threads_and_processes(self):
        one = self.single()
        seq = elapsed_of("for _ in range(4): crunch()")["elapsed"]
        threads = elapsed_of("""
            with ThreadPoolExecutor(4) as pool:
                list(pool.map(crunch, [200_000] * 4))
        """)["elapsed"]
        processes = elapsed_of("""
            if __name__ == "__main__":
                with ProcessPoolExecutor(4) as pool:
                    list(pool.map(crunch, [200_000] * 4))
        """)["elapsed"]
        self.assertAlmostEqual(seq / one, 4, delta=0.2)
        self.assertAlmostEqual(threads / one, 4, delta=0.2)    # the GIL: no gain
        self.assertAlmostEqual(processes / one, 1, delta=0.2)  # 4 cores: 4 at once

    def test_processes_beyond_the_cores_queue(self):
        one = self.single()
        eight = elapsed_of("""
            if __name__ == "__main__":
                with ProcessPoolExecutor(8) as pool:
                    list(pool.map(crunch, [200_000] * 8))
        """)["elapsed"]
        self.assertAlmostEqual(eight / one, 2, delta=0.2)  # 8 jobs on 4 simulated cores

    def test_threads_overlap_only_their_io(self):
        one = self.single()
        r = elapsed_of("""
            def job():
                crunch()
                time.sleep(1)   # blocking I/O releases the GIL
                crunch()
            with ThreadPoolExecutor(2) as pool:
                list(pool.map(lambda _: job(), range(2)))
        """)
        # Sequential would be 2 s + 4 CPU; perfect overlap 1 s + 2 CPU. The sleeps overlap,
        # the four CPU parts cannot: 1 s + 3 CPU (the last part waits for the other thread).
        self.assertAlmostEqual(r["elapsed"], 1 + 3 * one, delta=one * 0.2)

    def test_to_thread_io_overlaps(self):
        r = elapsed_of("""
            async def main():
                await asyncio.gather(asyncio.to_thread(time.sleep, 1), asyncio.to_thread(time.sleep, 1))
            asyncio.run(main())
        """)
        self.assertAlmostEqual(r["elapsed"], 1.0, delta=0.001)

    def test_computing_on_the_loop_delays_other_tasks(self):
        r = elapsed_of("""
            async def ticker():
                await asyncio.sleep(0.01)
                print(f"tick at {time.perf_counter() * 1000:.0f} ms")
            async def main():
                t = asyncio.create_task(ticker())
                await asyncio.sleep(0)
                start = time.perf_counter()
                crunch(3_000_000)
                print(f"crunched for {(time.perf_counter() - start) * 1000:.0f} ms")
                await t
            asyncio.run(main(), debug=True)
        """)
        crunched = int(r["stdout"].split("crunched for ")[1].split(" ms")[0])
        tick = int(r["stdout"].split("tick at ")[1].split(" ms")[0])
        self.assertGreater(crunched, 100)       # a slow callback (over debug's 0.1 s)
        self.assertGreaterEqual(tick, crunched)  # the 10 ms sleep could not end before
        self.assertIn("Executing <Task", r["stderr"])
        self.assertIn("took %.3f seconds" % (crunched / 1000), r["stderr"].replace("took 0.", "took 0."))

    def test_loop_stays_responsive_while_a_thread_computes(self):
        r = elapsed_of("""
            async def ticker():
                for _ in range(3):
                    await asyncio.sleep(0.05)
                    print(f"tick {time.perf_counter():.4f}")
            async def main():
                await asyncio.gather(asyncio.to_thread(crunch, 10_000_000), ticker())
            asyncio.run(main())
        """)
        # The thread computes for much longer than the ticks take, yet each tick waits at
        # most one switch interval (5 ms) for the GIL, so they drift by at most 5 ms each.
        self.assertGreater(r["elapsed"], 0.3)
        ticks = [float(line.split()[1]) for line in r["stdout"].splitlines()]
        for n, tick in enumerate(ticks, 1):
            self.assertLessEqual(tick, 0.05 * n + 0.0051 * n + 0.001)


class TraceTest(RunTestCase):
    def test_computing_block_names_task_and_lines(self):
        r = run(CRUNCH + textwrap.dedent("""
            async def work():
                await asyncio.sleep(1)
                crunch()
                crunch()
                await asyncio.sleep(1)
            asyncio.run(work())
        """), trace=True)
        cpu_blocks = [e for e in r["events"] if e["kind"] == "block" and e["reason"] == "cpu"
                      and e["duration"] > 0.01]
        self.assertEqual(len(cpu_blocks), 1)
        block = cpu_blocks[0]
        self.assertEqual(block["task"], "Task-1")
        self.assertEqual(block["lines"], [12, 15])  # from the first sleep to the second
        self.assertAlmostEqual(block["t"], 1.0, delta=0.001)

    def test_thread_jobs_record_cpu_and_gil_waits(self):
        r = run(CRUNCH + textwrap.dedent("""
            async def main():
                await asyncio.gather(asyncio.to_thread(crunch), asyncio.to_thread(crunch))
            asyncio.run(main())
        """), trace=True)
        kinds = [e["kind"] for e in r["events"]]
        self.assertEqual(kinds.count("job_computed"), 2)
        waited = [e for e in r["events"] if e["kind"] == "job_waited"]
        self.assertEqual(len(waited), 1)
        self.assertEqual(waited[0]["reason"], "gil")

    def test_idle_loop_limit_still_catches_spinning(self):
        r = run("""
            import asyncio
            async def main():
                while True:
                    await asyncio.sleep(0)
            asyncio.run(main())
        """, max_idle_iterations=1000)
        self.assertEqual(r["error"]["type"], "IdleLoopLimitExceeded")


class InstrumentationTest(RunTestCase):
    def test_program_behaviour_is_unchanged(self):
        self.assertStdout('''
            """Module docstring."""
            from __future__ import annotations
            import asyncio

            class Box:
                """A box."""
                items = [n * 2 for n in range(3)]
                def total(self) -> int:
                    "Sum."
                    return sum(x for x in self.items if x)

            def outer():
                count = 0
                def inner():
                    nonlocal count
                    count += 1
                    return count
                inner(); inner()
                square = lambda v: [i * i for i in range(v)]
                return count, square(3), {k: v for k, v in zip("ab", (1, 2))}

            match Box().total():
                case 6:
                    print("six")
            print(__doc__, Box.__doc__, Box.total.__doc__)
            print(outer(), Box.items)
            try:
                1 / 0
            except ZeroDivisionError as e:
                print("caught", e)
            finally:
                print("finally")
            print(sorted(k for k in globals() if not k.startswith("__")))
        ''', '''
            six
            Module docstring. A box. Sum.
            (2, [0, 1, 4], {'a': 1, 'b': 2}) [0, 2, 4]
            caught division by zero
            finally
            ['Box', 'annotations', 'asyncio', 'outer']
        ''', cpu_time=True)

    def test_tracebacks_and_syntax_errors_are_unchanged(self):
        source = "def f():\n    x = 1\n    return x / 0\n\nf()\n"
        on, off = run_program(source), run_program(source, cpu_time=False)
        self.assertEqual(on["stderr"], off["stderr"])
        self.assertEqual(on["error"], off["error"])
        bad = "def f(:\n    pass\n"
        self.assertEqual(run_program(bad)["stderr"], run_program(bad, cpu_time=False)["stderr"])

    def test_cores_book_first_come_first_served(self):
        gil = cpu.Cores(1)
        self.assertEqual(gil.book(0, 10), [(0, 10)])
        self.assertEqual(gil.book(5, 10), [(10, 20)])
        self.assertEqual(gil.book(30, 5), [(30, 35)])
        self.assertEqual(gil.book(25, 10), [(25, 30), (35, 40)])
        four = cpu.Cores(2)
        self.assertEqual(four.book(0, 10), [(0, 10)])
        self.assertEqual(four.book(0, 10), [(0, 10)])
        self.assertEqual(four.book(0, 10), [(10, 20)])


class ProcessTimeTest(RunTestCase):
    def test_process_time_counts_computing_not_waiting(self):
        r = elapsed_of("""
            cpu0, wall0 = time.process_time(), time.perf_counter()
            time.sleep(1)
            crunch()
            cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
            print(f"{wall - cpu:.3f}", cpu > 0.001)
        """)
        self.assertEqual(r["stdout"], "1.000 True\n")

    def test_process_time_is_zero_without_cpu_time(self):
        r = run("import time\ntime.sleep(1)\nprint(time.process_time())\n", cpu_time=False)
        self.assertEqual(r["stdout"], "0.0\n")
