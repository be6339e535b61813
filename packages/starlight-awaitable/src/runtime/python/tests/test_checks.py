"""run_program(checks=...) and run_program(inspect=True): grading support."""
import textwrap

from tests.support import RunTestCase, run

PROGRAM = """
    import asyncio
    results = []
    async def worker(n):
        await asyncio.sleep(n)
        results.append(n)
        print("done", n)
    async def main():
        await asyncio.gather(worker(1), worker(2))
    asyncio.run(main())
"""


def check(body):
    return "def check(stdout, trace, globals):\n" + textwrap.indent(textwrap.dedent(body), "    ")


class ChecksTest(RunTestCase):
    def test_key_only_present_when_checks_are_given(self):
        self.assertNotIn("checks", run(PROGRAM))
        self.assertNotIn("inspection", run(PROGRAM))
        self.assertEqual(run(PROGRAM, checks=[])["checks"], [])

    def test_return_values(self):
        r = run(PROGRAM, checks=[
            check("return True"),
            check("return None"),
            check("pass"),
            check("return False"),
            check("return 'Print each result.'"),
        ])
        self.assertEqual(r["checks"], [
            {"passed": True, "message": None},
            {"passed": True, "message": None},
            {"passed": True, "message": None},
            {"passed": False, "message": None},
            {"passed": False, "message": "Print each result."},
        ])

    def test_arguments(self):
        r = run(PROGRAM, checks=[
            check("return stdout == 'done 1\\ndone 2\\n' or repr(stdout)"),
            check("return globals['results'] == [1, 2] or repr(dict(globals))"),
            check("return '__name__' not in globals and '__builtins__' not in globals"),
            check("""
                kinds = [e["kind"] for e in trace]
                return ("task_created" in kinds and kinds.count("task_done") >= 3
                        and [e["seq"] for e in trace] == list(range(1, len(trace) + 1)))
            """),
        ])
        self.assertEqual([c["passed"] for c in r["checks"]], [True] * 4, r["checks"])

    def test_trace_recorded_for_checks_but_returned_only_when_asked(self):
        count = check("return 'events: %d' % len(trace)")
        quiet = run(PROGRAM, checks=[count])
        loud = run(PROGRAM, checks=[count], trace=True)
        self.assertEqual(quiet["events"], [])
        self.assertTrue(loud["events"])
        self.assertEqual(quiet["checks"][0]["message"], "events: %d" % len(loud["events"]))
        self.assertEqual(loud["checks"][0]["message"], quiet["checks"][0]["message"])

    def test_trace_includes_the_last_output_text(self):
        r = run("print('a', 'b')\n", checks=[check(
            "return [e['text'] for e in trace if e['kind'] == 'output'] == ['a b\\n']")])
        self.assertTrue(r["checks"][0]["passed"])

    def test_globals_are_read_only(self):
        r = run("x = 1\n", checks=[check("globals['x'] = 2"), check("return globals['x'] == 1")])
        self.assertFalse(r["checks"][0]["passed"])
        self.assertIn("The check itself raised TypeError", r["checks"][0]["message"])
        self.assertTrue(r["checks"][1]["passed"])

    def test_check_cannot_disturb_output_trace_or_clock(self):
        base = run(PROGRAM, trace=True)
        noisy = check("""
            import sys, time, asyncio
            print("check noise")
            print("more noise", file=sys.stderr)
            time.sleep(50)
            asyncio.run(asyncio.sleep(10))
            trace.clear()
            return True
        """)
        r = run(PROGRAM, trace=True, checks=[noisy, check("return len(trace) > 0")])
        self.assertEqual(r["checks"], [{"passed": True, "message": None}] * 2)
        for key in ("stdout", "stderr", "exitCode", "elapsed", "error", "output", "events"):
            self.assertEqual(r[key], base[key], key)

    def test_check_output_not_streamed(self):
        seen = []
        run("print('x')\n", on_output=lambda s, text, t: seen.append(text),
            checks=[check("print('noise')")])
        self.assertEqual("".join(seen), "x\n")

    def test_raising_blames_the_check(self):
        r = run("print(1)\n", checks=[check("raise ValueError('bad data')"),
                                      check("return 1 / 0")])
        m0, m1 = r["checks"][0]["message"], r["checks"][1]["message"]
        self.assertFalse(r["checks"][0]["passed"])
        self.assertTrue(m0.startswith("The check itself raised ValueError: bad data (line 2 of the check)"), m0)
        self.assertIn("not with your program", m0)
        self.assertTrue(m1.startswith("The check itself raised ZeroDivisionError"), m1)
        self.assertEqual(r["exitCode"], 0)
        self.assertEqual(r["stderr"], "")

    def test_check_raising_systemexit_or_a_limit_is_contained(self):
        r = run("print(1)\n", checks=[
            check("import sys; sys.exit(3)"),
            check("import asyncio\nasync def f(): await asyncio.Event().wait()\nasyncio.run(f())"),
            check("return True"),
        ])
        self.assertIn("raised SystemExit: 3", r["checks"][0]["message"])
        self.assertIn("raised DeadlockError", r["checks"][1]["message"])
        self.assertTrue(r["checks"][2]["passed"])
        self.assertEqual((r["exitCode"], r["error"], r["stdout"], r["stderr"]), (0, None, "1\n", ""))

    def test_bad_check_sources(self):
        r = run("pass\n", checks=["def check(:", "x = 1", check("return 42"), 17])
        msgs = [c["message"] for c in r["checks"]]
        self.assertEqual([c["passed"] for c in r["checks"]], [False] * 4)
        self.assertTrue(msgs[0].startswith("The check itself has a syntax error"), msgs[0])
        self.assertIn("does not define check(stdout, trace, globals)", msgs[1])
        self.assertIn("returned int", msgs[2])
        self.assertIn("not Python source text", msgs[3])

    def test_checks_run_whatever_the_outcome(self):
        always = check("return 'ran: ' + repr(stdout)")
        cases = {
            "print('a')\n1/0\n": "ran: 'a\\n'",
            "import sys\nprint('b')\nsys.exit(2)\n": "ran: 'b\\n'",
            "def f(:\n": "ran: ''",
            "import asyncio\nasyncio.run(asyncio.Event().wait())\n": "ran: ''",
            "import asyncio\nasync def m():\n    while True:\n        await asyncio.sleep(1)\n"
            "asyncio.run(m())\n": "ran: ''",
        }
        for source, message in cases.items():
            with self.subTest(source):
                r = run(source, checks=[always])
                self.assertEqual(r["checks"], [{"passed": False, "message": message}])

    def test_globals_after_an_error(self):
        r = run("x = 5\n1/0\ny = 6\n", checks=[check("return sorted(globals) == ['x']")])
        self.assertTrue(r["checks"][0]["passed"])

    def test_checks_after_output_limit(self):
        r = run("while True:\n    print('x' * 100)\n", max_output_bytes=1000,
                checks=[check("return len(stdout) == 1000 or len(stdout)")])
        self.assertEqual(r["error"]["type"], "OutputLimitExceeded")
        self.assertTrue(r["checks"][0]["passed"], r["checks"])

    def test_never_awaited_warning_stays_in_program_output(self):
        src = "async def f(): pass\nc = f()\n"
        base = run(src)
        r = run(src, checks=[check("return 'c' in globals")])
        self.assertTrue(r["checks"][0]["passed"])
        self.assertIn("was never awaited", base["stderr"])
        self.assertEqual(r["stderr"], base["stderr"])

    def test_checks_garbage_does_not_warn_into_program_output(self):
        r = run("print(1)\n", checks=[check("async def g(): pass\nglobal kept\nkept = g()")])
        self.assertEqual(r["stderr"], "")

    def test_runs_stay_isolated_after_checks(self):
        run("x = 1\n", checks=[check("import json; return True")])
        self.assertStdout("import time\nprint(time.monotonic())\n", "0.0\n")


class InspectFlagTest(RunTestCase):
    def test_inspection(self):
        r = run("import asyncio as aio\nasync def main():\n    await aio.sleep(1)\naio.run(main())\n",
                inspect=True)
        self.assertEqual(r["inspection"], {
            "names": ["asyncio", "asyncio.run", "asyncio.sleep", "main"],
            "constructs": ["async def", "await"],
        })
        self.assertEqual(r["elapsed"], 1.0)

    def test_inspection_of_a_syntax_error(self):
        r = run("def f(:\n", inspect=True)
        self.assertEqual(r["error"]["type"], "SyntaxError")
        self.assertEqual(r["inspection"]["names"], [])
        self.assertIn("syntaxError", r["inspection"])
