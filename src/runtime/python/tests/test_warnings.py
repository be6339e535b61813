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
