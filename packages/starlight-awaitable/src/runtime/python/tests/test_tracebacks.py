"""Learner tracebacks: their file and lines only, asyncio internals collapsed."""
from tests.support import RunTestCase, run

SRC = """\
import asyncio

async def child(n):
    await asyncio.sleep(0.5)
    return 10 / n

async def main():
    t = asyncio.create_task(child(0))
    print(await t)

asyncio.run(main())
"""


class TracebackTest(RunTestCase):
    def test_lines_and_hidden_frames(self):
        r = run(SRC)
        self.assertEqual(r["exitCode"], 1)
        self.assertEqual(r["error"], {"type": "ZeroDivisionError", "message": "division by zero",
                                      "line": 5})
        err = r["stderr"]
        self.assertTrue(err.startswith("Traceback (most recent call last):\n"))
        self.assertIn('  File "main.py", line 11, in <module>\n', err)
        self.assertIn('  File "main.py", line 9, in main\n', err)
        self.assertIn('  File "main.py", line 5, in child\n', err)
        self.assertRegex(err, r"  \[\d+ frames in asyncio internals hidden\]\n")
        self.assertNotIn("awaitable_runtime", err)
        self.assertNotIn("base_events", err)
        self.assertTrue(err.endswith("ZeroDivisionError: division by zero\n"))

    def test_full_traceback_shows_asyncio_frames(self):
        r = run(SRC, full_traceback=True)
        self.assertIn("base_events.py", r["stderr"])
        self.assertNotIn("hidden", r["stderr"])
        self.assertNotIn("awaitable_runtime", r["stderr"])

    def test_custom_filename(self):
        r = run("x = 1\nraise ValueError('bad')\n", filename="lesson.py")
        self.assertIn('File "lesson.py", line 2, in <module>', r["stderr"])
        self.assertEqual(r["error"]["line"], 2)

    def test_syntax_error_format(self):
        r = run('import asyncio\nprint("hi"\nx = 1\n')
        self.assertEqual(r["exitCode"], 1)
        self.assertEqual(r["stderr"], '  File "main.py", line 2\n    print("hi"\n         ^\n'
                                      "SyntaxError: '(' was never closed\n")
        self.assertEqual(r["error"], {"type": "SyntaxError", "message": "'(' was never closed",
                                      "line": 2})

    def test_indentation_error(self):
        r = run("def f():\nreturn 1\n")
        self.assertEqual(r["error"]["type"], "IndentationError")
        self.assertEqual(r["error"]["line"], 2)

    def test_exception_group_from_taskgroup(self):
        r = run("""
            import asyncio
            async def bad():
                raise ValueError("boom")
            async def main():
                async with asyncio.TaskGroup() as tg:
                    tg.create_task(bad())
            asyncio.run(main())
        """)
        self.assertEqual(r["error"]["type"], "ExceptionGroup")
        self.assertIn("ValueError: boom", r["stderr"])
        self.assertIn('File "main.py", line 4, in bad', r["stderr"])
        self.assertNotIn("awaitable_runtime", r["stderr"])

    def test_chained_exceptions(self):
        r = run("try:\n    1/0\nexcept ZeroDivisionError as e:\n    raise KeyError('k') from e\n")
        self.assertIn("The above exception was the direct cause", r["stderr"])
        self.assertEqual(r["error"]["line"], 4)

    def test_recursion_error_reported_and_runtime_usable(self):
        r = run("def f(n):\n    return f(n + 1)\nf(0)\n")
        self.assertEqual(r["error"]["type"], "RecursionError")
        self.assertIn("calls itself", r["error"]["message"])
        self.assertIn("[Previous line repeated", r["stderr"])
        self.assertStdout("print('still fine')\n", "still fine\n")

    def test_memory_error_reported(self):
        r = run("import sys\nx = [0] * (sys.maxsize // 2)\n")
        self.assertEqual(r["error"]["type"], "MemoryError")
        self.assertIn("ran out of memory", r["error"]["message"])
        self.assertStdout("print('still fine')\n", "still fine\n")


class HugeTracebackTest(RunTestCase):
    def test_only_the_innermost_frames_of_a_huge_traceback(self):
        from awaitable_runtime import sandbox
        saved, sandbox.MAX_RECURSION_LIMIT = sandbox.MAX_RECURSION_LIMIT, 6000
        self.addCleanup(setattr, sandbox, "MAX_RECURSION_LIMIT", saved)
        r = run("""
            import sys
            sys.setrecursionlimit(6000)
            def f(n):
                return f(n + 1)
            f(0)
        """)
        self.assertEqual(r["error"]["type"], "RecursionError")
        self.assertEqual(r["error"]["line"], 5)
        lines = r["stderr"].splitlines()
        self.assertEqual(lines[0], "Traceback (most recent call last):")
        self.assertRegex(lines[1], r"^  \[\d+ outer frames not shown\]$")
        self.assertIn("[Previous line repeated 997 more times]", r["stderr"])
        self.assertLess(len(lines), 30)
