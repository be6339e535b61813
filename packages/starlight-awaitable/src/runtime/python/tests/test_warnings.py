"""Never-awaited coroutines and debug-mode slow-callback warnings appear on stderr."""
from tests.support import RunTestCase, run


class WarningsTest(RunTestCase):
    def test_never_awaited_in_task(self):
        r = run("""
            import asyncio
            async def work():
                return 1
            async def main():
                work()
                await asyncio.sleep(1)
            asyncio.run(main())
        """)
        self.assertEqual(r["exitCode"], 0)
        self.assertTrue(r["stderr"].startswith(
            "main.py:6: RuntimeWarning: coroutine 'work' was never awaited\n  work()\n"),
            r["stderr"])

    def test_never_awaited_at_module_end(self):
        r = run("async def work():\n    pass\nc = work()\n")
        self.assertIn("sys:1: RuntimeWarning: coroutine 'work' was never awaited", r["stderr"])

    def test_debug_slow_callback(self):
        r = run("""
            import asyncio, time
            async def main():
                time.sleep(1)
                await asyncio.sleep(0.5)
            asyncio.run(main(), debug=True)
        """)
        self.assertEqual(r["exitCode"], 0)
        self.assertRegex(r["stderr"], r"^Executing <Task .*name='Task-1' coro=<main\(\) running at "
                                      r"main.py:5>.* took 1.000 seconds\n$")
        self.assertIn("created at", r["stderr"])
        self.assertNotIn("awaitable_runtime", r["stderr"])
        self.assertEqual(r["elapsed"], 1.5)

    def test_deprecation_warning_in_main(self):
        r = run("import datetime\ndatetime.datetime.utcnow()\n")
        self.assertIn("main.py:2: DeprecationWarning: datetime.datetime.utcnow() is deprecated",
                      r["stderr"])


class NeverRetrievedTest(RunTestCase):
    """The workbench always records a trace and counts CPU time: neither may hide or
    delay asyncio's "Task exception was never retrieved" (it is logged when the failed
    task is freed, which in CPython is right away)."""

    def test_logged_at_once_with_trace_and_cpu_time(self):
        source = """
            import asyncio
            async def boom():
                raise ValueError("lost")
            async def main():
                asyncio.create_task(boom())
                await asyncio.sleep(1)
                print("main returns")
            asyncio.run(main())
        """
        for trace in (False, True):
            for cpu_time in (False, True):
                r = run(source, trace=trace, cpu_time=cpu_time)
                errors = [o for o in r["output"] if o["stream"] == "stderr"]
                with self.subTest(trace=trace, cpu_time=cpu_time):
                    self.assertIn("Task exception was never retrieved", r["stderr"])
                    self.assertLess(errors[0]["t"], 0.001)  # not at the end of the run


class UncaughtKeepsFramesTest(RunTestCase):
    def test_coroutine_dropped_with_the_uncaught_exception_is_reported_from_sys(self):
        r = run("""
            async def make_tea():
                pass

            def drive(coro):
                raise RuntimeError("boom")

            drive(make_tea())
        """)
        self.assertIn("sys:1: RuntimeWarning: coroutine 'make_tea' was never awaited", r["stderr"])
        self.assertNotIn("runner.py", r["stderr"])
