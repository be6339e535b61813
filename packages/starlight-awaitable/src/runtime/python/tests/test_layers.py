"""The package's modules form layers: no import cycle, and no import inside a function
(the usual way to hide one). Type-only imports (`if TYPE_CHECKING:`) are allowed: they
never run."""
import ast
import pathlib
import unittest

PACKAGE = pathlib.Path(__file__).resolve().parent.parent / "awaitable_runtime"


def _own_imports(nodes):
    """Modules of the package that these statements import."""
    names = set()
    for node in nodes:
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                names.add(node.module.split(".")[0])
            else:
                names.update(alias.name for alias in node.names)
    return names


def _graph():
    graph = {}
    for path in PACKAGE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        graph[path.stem] = _own_imports(tree.body) - {path.stem}
    return graph


class Layers(unittest.TestCase):
    def test_no_import_cycle(self):
        graph = _graph()
        done, path = set(), []

        def visit(module):
            if module in path:
                cycle = path[path.index(module):] + [module]
                self.fail("import cycle: " + " -> ".join(cycle))
            if module in done or module not in graph:
                return
            path.append(module)
            for dep in sorted(graph[module]):
                visit(dep)
            path.pop()
            done.add(module)

        for module in sorted(graph):
            visit(module)
        self.assertIn("base_tasks", graph["deadlock"])  # the shared helpers live a layer down
        self.assertNotIn("trace", graph["deadlock"])

    def test_no_import_inside_functions(self):
        found = []
        for path in PACKAGE.glob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for func in ast.walk(tree):
                if isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    for node in ast.walk(func):
                        if isinstance(node, (ast.Import, ast.ImportFrom)) and node is not func:
                            found.append("%s:%d" % (path.name, node.lineno))
        self.assertEqual(found, [])


if __name__ == "__main__":
    unittest.main()
