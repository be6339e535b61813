"""sys.exit variants and input() with and without stdin."""
from awaitable_runtime.io import NO_INPUT_MESSAGE
from tests.support import RunTestCase, run


class ExitTest(RunTestCase):
    def test_exit_no_args_and_zero(self):
        for src in ("import sys\nprint(1)\nsys.exit()\n", "import sys\nsys.exit(0)\n",
                    "exit()\n", "raise SystemExit\n"):
            r = run(src)
            self.assertEqual(r["exitCode"], 0, src)
            self.assertIsNone(r["error"])
            self.assertEqual(r["stderr"], "")

    def test_exit_code(self):
        # An exit is not an error: the status is in exitCode, error stays None.
        r = run("import sys\nsys.exit(3)\n")
        self.assertEqual(r["exitCode"], 3)
        self.assertIsNone(r["error"])
        self.assertEqual(r["stderr"], "")

    def test_exit_true_is_status_1(self):
        r = run("import sys\nsys.exit(True)\n")
        self.assertEqual(r["exitCode"], 1)
        self.assertIs(type(r["exitCode"]), int)
        self.assertIsNone(r["error"])

    def test_exit_message(self):
        r = run("import sys\nprint('a')\nsys.exit('bye')\n")
        self.assertEqual(r["exitCode"], 1)
        self.assertIsNone(r["error"])
        self.assertEqual(r["stdout"], "a\n")
        self.assertEqual(r["stderr"], "bye\n")

    def test_exit_inside_task(self):
        r = run("""
            import asyncio, sys
            async def main():
                await asyncio.sleep(1)
                sys.exit(4)
            asyncio.run(main())
            print("not reached")
        """)
        self.assertEqual(r["exitCode"], 4)
        self.assertIsNone(r["error"])
        self.assertEqual(r["stdout"], "")
        self.assertEqual(r["elapsed"], 1.0)


class InputTest(RunTestCase):
    def test_input_reads_stdin_lines(self):
        r = self.run_ok("""
            name = input("name? ")
            n = int(input())
            print("hello", name, n + 1)
            import sys
            print(repr(sys.stdin.read()))
        """, stdin="Ann\n41\nrest\n")
        self.assertEqual(r["stdout"], "name? hello Ann 42\n'rest\\n'\n")

    def test_input_without_stdin(self):
        r = run("x = input('Your name: ')\n")
        self.assertEqual(r["exitCode"], 1)
        self.assertEqual(r["error"]["type"], "EOFError")
        self.assertEqual(r["error"]["message"], NO_INPUT_MESSAGE)
        self.assertIn("no input was given", r["error"]["message"])
        self.assertEqual(r["error"]["line"], 1)
        self.assertEqual(r["stdout"], "Your name: ")

    def test_input_past_end_of_given_stdin(self):
        r = run("input()\ninput()\n", stdin="one\n")
        self.assertEqual(r["error"], {"type": "EOFError", "message": "EOF when reading a line",
                                      "line": 2})


class OsExitTest(RunTestCase):
    def test_os_exit_ends_the_run_with_its_status(self):
        r = run("import os\nprint('before')\nos._exit(2)\nprint('after')\n")
        self.assertEqual((r["exitCode"], r["error"], r["stdout"], r["stderr"]), (2, None, "before\n", ""))

    def test_os_exit_is_restored_after_the_run(self):
        import os
        real = os._exit
        run("import os\nos._exit(0)\n")
        self.assertIs(os._exit, real)
