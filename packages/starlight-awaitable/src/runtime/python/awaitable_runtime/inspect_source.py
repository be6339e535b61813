"""inspect_source(): what a learner's program refers to and which constructs it uses.

Graded exercises ask "does the program use asyncio.gather?" or "does it avoid
time.sleep?". Answering from the AST (not the text) means comments, strings and
import lines never count, and aliases are resolved:

    import asyncio as aio; aio.gather(...)      -> "asyncio", "asyncio.gather"
    from asyncio import TaskGroup; TaskGroup()  -> "asyncio.TaskGroup"
    from time import sleep; sleep(1)            -> "time.sleep"

Rules (kept simple and predictable, documented in the README):
- An import alone is not a use; the names it binds are resolved wherever they are
  read. Aliases are collected from every import in the file, wherever it is
  (no flow or scope analysis).
- Plain names count when read (`print`, `x` in `y = x`, `x += 1`), not when
  only assigned.
- A dotted chain `a.b.c` whose root is a name yields every prefix: `a`, `a.b`,
  `a.b.c` (resolved through the aliases). Attributes of other expressions
  (`f().x`, `obj[0].x`) are not names and do not appear.
- `from m import *` resolves a read name `n` to `m.n` only when module m is
  already imported in this interpreter and has a public attribute `n`.
"""
from __future__ import annotations

import ast
from typing import Any
import sys

CONSTRUCTS = ("async def", "await", "async with", "async for", "async comprehension",
              "except*", "yield", "yield from", "lambda", "global", "while True")

_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


def inspect_source(source: str) -> dict[str, Any]:
    """{"names": sorted dotted names, "constructs": used constructs in CONSTRUCTS order}.
    On a syntax error: {"names": [], "constructs": [], "syntaxError": message}."""
    try:
        tree = ast.parse(source, "main.py")
    except SyntaxError as exc:
        msg = exc.msg or "invalid syntax"
        if exc.lineno:
            msg = "%s (line %d)" % (msg, exc.lineno)
        return {"names": [], "constructs": [], "syntaxError": msg}
    except (ValueError, TypeError) as exc:  # e.g. null bytes in the source
        return {"names": [], "constructs": [], "syntaxError": str(exc)}
    except RecursionError:
        return {"names": [], "constructs": [], "syntaxError": "the program is nested too deeply to parse"}

    aliases, star_modules = _collect_imports(tree)
    names: set[str] = set()
    constructs: set[str] = set()
    try:
        _walk(tree, aliases, star_modules, names, constructs)
    except RecursionError:  # absurdly deep expressions: report what was found
        pass
    return {"names": sorted(names), "constructs": [c for c in CONSTRUCTS if c in constructs]}


def _collect_imports(tree: ast.AST) -> tuple[dict[str, str], list[str]]:
    aliases, star_modules = {}, []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.asname:
                    aliases[a.asname] = a.name          # import a.b as c: c -> a.b
                else:
                    root = a.name.split(".")[0]
                    aliases[root] = root                 # import a.b binds a
        elif isinstance(node, ast.ImportFrom):
            module = "." * (node.level or 0) + (node.module or "")
            for a in node.names:
                if a.name == "*":
                    star_modules.append(module)
                else:
                    prefix = module if module.endswith(".") else module + "."
                    aliases[a.asname or a.name] = prefix + a.name
    return aliases, star_modules


def _resolve(name: str, aliases: dict[str, str], star_modules: list[str]) -> str:
    if name in aliases:
        return aliases[name]
    for module in star_modules:
        mod = sys.modules.get(module)
        if mod is None or name.startswith("_"):
            continue
        public = getattr(mod, "__all__", None)
        if (name in public) if public is not None else hasattr(mod, name):
            return module + "." + name
    return name


def _chain(node: ast.AST) -> list[str] | None:
    """['a', 'b', 'c'] for a.b.c whose root is a Name, else None."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    parts.reverse()
    return parts


def _has_await(node: ast.AST) -> bool:
    """An await in this comprehension (not inside a nested function scope)."""
    stack = list(ast.iter_child_nodes(node))
    while stack:
        n = stack.pop()
        if isinstance(n, ast.Await):
            return True
        if isinstance(n, _SCOPES):
            continue
        stack.extend(ast.iter_child_nodes(n))
    return False


def _walk(tree: ast.AST, aliases: dict[str, str], star_modules: list[str], names: set[str],
          constructs: set[str]) -> None:
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Attribute):
            parts = _chain(node)
            if parts is not None:
                root = _resolve(parts[0], aliases, star_modules)
                dots = len(root) - len(root.lstrip("."))  # relative imports: ".mod"
                full = root[dots:].split(".") + parts[1:]
                full[0] = root[:dots] + full[0]
                for i in range(1, len(full) + 1):
                    names.add(".".join(full[:i]))
                continue  # the whole chain is done
        elif isinstance(node, ast.Name):
            if isinstance(node.ctx, (ast.Load, ast.Del)):
                names.add(_resolve(node.id, aliases, star_modules))
        elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            names.add(_resolve(node.target.id, aliases, star_modules))  # x += 1 reads x
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            continue  # importing is not using
        elif isinstance(node, ast.AsyncFunctionDef):
            constructs.add("async def")
        elif isinstance(node, ast.Await):
            constructs.add("await")
        elif isinstance(node, ast.AsyncWith):
            constructs.add("async with")
        elif isinstance(node, ast.AsyncFor):
            constructs.add("async for")
        elif isinstance(node, _COMPREHENSIONS):
            if any(g.is_async for g in node.generators) or _has_await(node):
                constructs.add("async comprehension")
        elif isinstance(node, ast.YieldFrom):
            constructs.add("yield from")
        elif isinstance(node, ast.Yield):
            constructs.add("yield")
        elif isinstance(node, ast.Lambda):
            constructs.add("lambda")
        elif isinstance(node, ast.Global):
            constructs.add("global")
        elif isinstance(node, ast.While):
            test = node.test
            if isinstance(test, ast.Constant) and (test.value is True or (
                    type(test.value) is int and test.value == 1)):
                constructs.add("while True")
        elif isinstance(node, getattr(ast, "TryStar", ())):
            constructs.add("except*")
        stack.extend(ast.iter_child_nodes(node))
