"""Shared helpers: run a dedented program and look at the result."""
import textwrap
import unittest

from awaitable_runtime import run_program


def run(source, **kwargs):
    # These tests are about the loop's mechanics in exact virtual time; CPU time
    # (which adds microseconds to every step) is tested in test_cpu.py.
    kwargs.setdefault("cpu_time", False)
    return run_program(textwrap.dedent(source), **kwargs)


class RunTestCase(unittest.TestCase):
    maxDiff = None

    def run_ok(self, source, **kwargs):
        r = run(source, **kwargs)
        self.assertEqual(r["exitCode"], 0, r["stderr"])
        self.assertEqual(r["stderr"], "")
        return r

    def assertStdout(self, source, expected, **kwargs):
        r = self.run_ok(source, **kwargs)
        self.assertEqual(r["stdout"], textwrap.dedent(expected).lstrip("\n"))
        return r
