"""The run's sandbox: host modules refused and hidden, recursion limit capped, all restored after."""
import sys
import unittest

from awaitable_runtime import run_program
from awaitable_runtime.sandbox import MAX_RECURSION_LIMIT, SandboxFinder


class SandboxTest(unittest.TestCase):
    def test_host_modules_cannot_be_imported(self):
        for name in ("js", "pyodide", "pyodide.code", "pyodide_js", "_pyodide", "pyodide_http"):
            r = run_program("import %s\n" % name)
            self.assertEqual(r["error"]["type"], "ImportError", name)
            self.assertIn("is not available in Awaitable's sandbox", r["error"]["message"])
            self.assertNotIn("awaitable_runtime", r["stderr"])

    def test_other_routes_are_refused_and_modules_hidden(self):
        sys.modules["js"] = fake = object()  # stands for Pyodide's module
        try:
            r = run_program("import importlib, sys\n"
                            "print('js' in sys.modules)\n"
                            "try:\n    importlib.import_module('js')\nexcept ImportError as e:\n    print('refused')\n"
                            "sys.modules['js'] = 'learner'\n")
            self.assertEqual(r["stdout"], "False\nrefused\n")
            self.assertIs(sys.modules["js"], fake)  # put back, learner's value gone
        finally:
            del sys.modules["js"]
        self.assertNotIn(SandboxFinder, sys.meta_path)

    def test_recursion_limit_is_capped_with_a_warning(self):
        before = sys.getrecursionlimit()
        r = run_program("import sys\nsys.setrecursionlimit(10**6)\nsys.setrecursionlimit(10**7)\n"
                        "print(sys.getrecursionlimit())\nsys.setrecursionlimit(500)\n"
                        "print(sys.getrecursionlimit())\n")
        self.assertEqual(r["stdout"], "%d\n500\n" % MAX_RECURSION_LIMIT)
        self.assertEqual(r["stderr"].count("Warning: sys.setrecursionlimit(1000000) was lowered"), 1)
        self.assertEqual(sys.getrecursionlimit(), before)
        self.assertEqual(type(sys.setrecursionlimit).__name__, "builtin_function_or_method")

    def test_huge_programs_are_refused(self):
        r = run_program("x = 1\n" * 200_000)
        self.assertEqual(r["error"]["type"], "ProgramTooLarge")
        self.assertIn("It was not run", r["stderr"])


if __name__ == "__main__":
    unittest.main()
