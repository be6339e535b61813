"""Captured output: chunks, timestamps, labels and the on_output callback."""
import textwrap
import unittest

from awaitable_runtime import run_program
from tests.support import RunTestCase, run


class OutputTest(RunTestCase):
    def test_chunks_and_callback(self):
        seen = []
        r = run("""
            import asyncio, sys, time
            async def main():
                print("a", "b")
                await asyncio.sleep(1)
                print("err", file=sys.stderr)
                await asyncio.to_thread(lambda: (time.sleep(0.5), print("from thread")))
            print("top")
            asyncio.run(main())
        """, on_output=lambda stream, text, t: seen.append((stream, text, t)))
        self.assertEqual(r["output"], [
            {"stream": "stdout", "text": "top\n", "t": 0.0, "task": None},
            {"stream": "stdout", "text": "a b\n", "t": 0.0, "task": "Task-1"},
            {"stream": "stderr", "text": "err\n", "t": 1.0, "task": "Task-1"},
            {"stream": "stdout", "text": "from thread\n", "t": 1.5, "task": "asyncio_0"},
        ])
        self.assertEqual("".join(text for _, text, _ in seen), "top\na b\nerr\nfrom thread\n")
        self.assertEqual(seen[0], ("stdout", "top", 0.0))
        self.assertEqual(r["stdout"], "top\na b\nfrom thread\n")
        self.assertEqual(r["stderr"], "err\n")

    def test_write_requires_str(self):
        r = run("import sys\nsys.stdout.write(b'x')\n")
        self.assertEqual(r["error"]["type"], "TypeError")

    def test_result_is_json_serialisable(self):
        import json
        r = run("import asyncio\nasyncio.run(asyncio.sleep(1))\nprint('x')\n", trace=True)
        self.assertEqual(json.loads(json.dumps(r)), r)


class HeldOutputTest(unittest.TestCase):
    def test_each_loop_round_passes_on_held_output(self):
        # A run stopped by terminating its thread keeps only what on_output was given: the
        # loop passes held writes on every round, so a later spinning step cannot lose them.
        calls = []
        r = run_program(textwrap.dedent("""
            import asyncio
            async def main():
                print("first")       # goes out at once
                print("second")      # held: within 50 ms of the first
                await asyncio.sleep(0)
                print("next round")  # by now "second" has been passed on
            asyncio.run(main())
        """), on_output=lambda stream, text, t: calls.append(text), cpu_time=False)
        self.assertEqual(r["stdout"], "first\nsecond\nnext round\n")
        i = next(i for i, text in enumerate(calls) if text.startswith("next round"))
        self.assertEqual("".join(calls[:i]), "first\nsecond\n")
