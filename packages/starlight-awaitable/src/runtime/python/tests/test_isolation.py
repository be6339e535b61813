"""Run N+1 never sees run N's state; every patched global is restored."""
import asyncio
import builtins
import concurrent.futures
import datetime
import os
import sys
import time
import unittest

from awaitable_runtime import run_program
from tests.support import RunTestCase, run


class IsolationTest(RunTestCase):
    def test_fresh_namespace_each_run(self):
        self.run_ok("x = 41\nprint(__name__)\n")
        r = run("print(__name__)\nprint(x)\n")
        self.assertEqual(r["stdout"], "__main__\n")
        self.assertEqual(r["error"]["type"], "NameError")

    def test_task_numbering_restarts(self):
        src = """
            import asyncio
            async def main():
                t = asyncio.create_task(asyncio.sleep(0))
                print(asyncio.current_task().get_name(), t.get_name())
                await t
            asyncio.run(main())
        """
        self.assertStdout(src, "Task-1 Task-2\n")
        self.assertStdout(src, "Task-1 Task-2\n")

    def test_thread_name_counters_reset(self):
        src = """
            import threading
            from concurrent.futures import ThreadPoolExecutor
            with ThreadPoolExecutor() as ex:
                print(ex.submit(lambda: threading.current_thread().name).result())
        """
        self.assertStdout(src, "ThreadPoolExecutor-0_0\n")
        self.assertStdout(src, "ThreadPoolExecutor-0_0\n")

    def test_globals_restored(self):
        saved = (time.monotonic, time.time, time.sleep, time.perf_counter, datetime.datetime,
                 datetime.date, concurrent.futures.Future, asyncio.run, asyncio.new_event_loop,
                 sys.stdout, sys.stderr, sys.stdin, builtins.input, os.cpu_count,
                 sys.modules["__main__"], sys.argv)
        lazy = "ThreadPoolExecutor" in vars(concurrent.futures)
        running = asyncio._get_running_loop()  # Pyodide keeps its WebLoop running
        self.run_ok("""
            import asyncio, time, sys
            from concurrent.futures import ThreadPoolExecutor
            sys.setrecursionlimit(500)
            asyncio.run(asyncio.sleep(1))
        """)
        now = (time.monotonic, time.time, time.sleep, time.perf_counter, datetime.datetime,
               datetime.date, concurrent.futures.Future, asyncio.run, asyncio.new_event_loop,
               sys.stdout, sys.stderr, sys.stdin, builtins.input, os.cpu_count,
               sys.modules["__main__"], sys.argv)
        for a, b in zip(saved, now):
            self.assertIs(a, b)
        self.assertEqual(lazy, "ThreadPoolExecutor" in vars(concurrent.futures))
        self.assertNotEqual(sys.getrecursionlimit(), 500)
        self.assertIs(asyncio._get_running_loop(), running)

    def test_learner_imports_removed(self):
        sys.modules.pop("colorsys", None)
        self.run_ok("import colorsys\ncolorsys.mine = 1\n")
        self.assertNotIn("colorsys", sys.modules)
        self.assertStdout("import colorsys\nprint(hasattr(colorsys, 'mine'))\n", "False\n")

    def test_clock_restarts(self):
        self.run_ok("import time\ntime.sleep(5)\n")
        self.assertStdout("import time\nprint(time.monotonic())\n", "0.0\n")

    @unittest.skipIf(sys.platform == "emscripten", "Pyodide's own asyncio.run needs JSPI")
    def test_native_asyncio_still_works_after(self):
        self.run_ok("import asyncio\nasyncio.run(asyncio.sleep(1))\n")
        t0 = time.monotonic()
        asyncio.run(asyncio.sleep(0.01))
        self.assertLess(time.monotonic() - t0, 2)

    def test_many_runs_leave_nothing_behind(self):
        # Behaviour, not wall-clock time: after many runs, no modules and no objects pile up.
        import gc
        src = "import asyncio\nasync def main():\n    await asyncio.gather(*(asyncio.sleep(i) for i in range(5)))\nasyncio.run(main())\n"
        for _ in range(20):
            run_program(src)
        gc.collect()
        modules, objects = len(sys.modules), len(gc.get_objects())
        for _ in range(300):
            r = run_program(src)
        gc.collect()
        self.assertEqual(r["exitCode"], 0)
        self.assertEqual(len(sys.modules), modules)
        # A leak of even one object per run would add 300+; allow for caches that fill once.
        self.assertLess(len(gc.get_objects()) - objects, 300)

if __name__ == "__main__":
    unittest.main()
