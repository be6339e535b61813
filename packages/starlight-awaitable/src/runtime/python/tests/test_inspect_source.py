"""inspect_source(): names resolved through imports, and the construct vocabulary."""
import textwrap
import unittest

from awaitable_runtime import CONSTRUCTS, inspect_source


def inspect(source):
    return inspect_source(textwrap.dedent(source))


class NamesTest(unittest.TestCase):
    def test_module_alias(self):
        r = inspect("""
            import asyncio as aio
            async def main():
                await aio.gather(aio.sleep(1))
        """)
        self.assertIn("asyncio.gather", r["names"])
        self.assertIn("asyncio.sleep", r["names"])
        self.assertIn("asyncio", r["names"])
        self.assertNotIn("aio", r["names"])
        self.assertNotIn("aio.gather", r["names"])

    def test_from_import(self):
        r = inspect("""
            from asyncio import TaskGroup
            from time import sleep
            sleep(1)
            tg = TaskGroup()
        """)
        self.assertIn("asyncio.TaskGroup", r["names"])
        self.assertIn("time.sleep", r["names"])
        self.assertNotIn("sleep", r["names"])
        self.assertNotIn("TaskGroup", r["names"])

    def test_from_import_as(self):
        r = inspect("from time import sleep as nap\nnap(1)\n")
        self.assertEqual(r["names"], ["time.sleep"])

    def test_plain_names_and_builtins(self):
        r = inspect("x = 1\nprint(len([x]))\n")
        self.assertEqual(r["names"], ["len", "print", "x"])

    def test_assignment_alone_is_not_a_reference(self):
        self.assertEqual(inspect("x = 1\n")["names"], [])
        self.assertEqual(inspect("x = 1\nx += 1\n")["names"], ["x"])

    def test_import_alone_is_not_a_use(self):
        r = inspect("import time\nfrom asyncio import gather\n")
        self.assertEqual(r["names"], [])

    def test_dotted_submodule_import(self):
        r = inspect("""
            import concurrent.futures
            import concurrent.futures as cf
            a = concurrent.futures.ThreadPoolExecutor()
            b = cf.ProcessPoolExecutor()
        """)
        self.assertIn("concurrent.futures.ThreadPoolExecutor", r["names"])
        self.assertIn("concurrent.futures.ProcessPoolExecutor", r["names"])
        self.assertIn("concurrent.futures", r["names"])
        self.assertIn("concurrent", r["names"])

    def test_import_inside_function_counts(self):
        r = inspect("""
            def f():
                import time as t
                t.sleep(1)
        """)
        self.assertIn("time.sleep", r["names"])

    def test_comments_and_strings_are_not_code(self):
        r = inspect("""
            import time
            # time.sleep(1)
            print("time.sleep")
        """)
        self.assertEqual(r["names"], ["print"])

    def test_attribute_of_expression_is_not_a_name(self):
        r = inspect("import asyncio\nasyncio.get_running_loop().run_in_executor(None, f)\n")
        self.assertEqual(r["names"], ["asyncio", "asyncio.get_running_loop", "f"])

    def test_star_import_resolves_known_public_names(self):
        r = inspect("from asyncio import *\nrun(sleep(1))\nmy_function()\n")
        self.assertIn("asyncio.run", r["names"])
        self.assertIn("asyncio.sleep", r["names"])
        self.assertIn("my_function", r["names"])

    def test_relative_import(self):
        r = inspect("from . import helpers\nfrom .pkg import thing\nhelpers.go(thing)\n")
        self.assertEqual(r["names"], [".helpers", ".helpers.go", ".pkg.thing"])

    def test_names_are_sorted_and_unique(self):
        r = inspect("print(1)\nprint(2)\nabs(1)\n")
        self.assertEqual(r["names"], ["abs", "print"])


class ConstructsTest(unittest.TestCase):
    def constructs(self, source):
        return inspect(source)["constructs"]

    def test_each_construct(self):
        cases = {
            "async def": "async def f(): pass\n",
            "await": "async def f():\n    await g()\n",
            "async with": "async def f():\n    async with a: pass\n",
            "async for": "async def f():\n    async for x in a: pass\n",
            "except*": "try:\n    pass\nexcept* ValueError:\n    pass\n",
            "yield": "def g():\n    yield 1\n",
            "yield from": "def g():\n    yield from []\n",
            "lambda": "f = lambda: 1\n",
            "global": "def f():\n    global x\n",
            "while True": "while True:\n    break\n",
        }
        for construct, source in cases.items():
            with self.subTest(construct):
                found = self.constructs(source)
                self.assertIn(construct, found)
                extra = set(found) - {construct, "async def"}
                self.assertEqual(extra, set(), source)

    def test_async_comprehensions(self):
        self.assertEqual(self.constructs("async def f():\n    return [x async for x in a]\n"),
                         ["async def", "async comprehension"])
        self.assertEqual(self.constructs("async def f():\n    return {x: await x for x in a}\n"),
                         ["async def", "await", "async comprehension"])
        # An await inside a nested async function is not the comprehension's.
        self.assertEqual(self.constructs("fs = [g for x in a]\n"), [])

    def test_while_one_is_while_true_but_while_condition_is_not(self):
        self.assertEqual(self.constructs("while 1:\n    break\n"), ["while True"])
        self.assertEqual(self.constructs("while x:\n    break\n"), [])
        self.assertEqual(self.constructs("while False:\n    pass\n"), [])

    def test_order_follows_the_vocabulary(self):
        source = """
            while True:
                break
            f = lambda: 0
            async def main():
                await x
        """
        self.assertEqual(self.constructs(source), ["async def", "await", "lambda", "while True"])
        self.assertEqual(len(CONSTRUCTS), 11)

    def test_keywords_in_strings_and_comments_do_not_count(self):
        self.assertEqual(self.constructs("# async def f(): await x\ns = 'while True: lambda'\n"), [])


class SyntaxErrorTest(unittest.TestCase):
    def test_syntax_error(self):
        r = inspect("def f(:\n    pass\n")
        self.assertEqual(r["names"], [])
        self.assertEqual(r["constructs"], [])
        self.assertIn("line 1", r["syntaxError"])

    def test_null_bytes(self):
        r = inspect_source("print(1)\0\n")
        self.assertEqual((r["names"], r["constructs"]), ([], []))
        self.assertIsInstance(r["syntaxError"], str)

    def test_no_syntax_error_key_when_valid(self):
        self.assertEqual(inspect_source(""), {"names": [], "constructs": []})


if __name__ == "__main__":
    unittest.main()
