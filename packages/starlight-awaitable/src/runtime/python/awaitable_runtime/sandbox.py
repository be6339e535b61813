"""Keeping learner code away from the host during a run (defence in depth).

Under Pyodide, `js`, `pyodide`, `pyodide_js`, `_pyodide` and friends let Python
reach JavaScript: the page's globals, `fetch`, `postMessage`. During a run
`Sandbox` makes importing them fail with a clear ImportError, hides them from
`sys.modules`, removes Pyodide's JsFinder from `sys.meta_path`, and caps
`sys.setrecursionlimit` (deep recursion must end in RecursionError, not in a
crash of the wasm stack). Everything is put back afterwards: our own host code
still needs these modules between runs.

This is not a security boundary on its own (see README → Sandbox): Python has
no private state, so a determined program can still find host objects through
introspection. The worker that hosts Pyodide is the boundary.
"""
from __future__ import annotations

import operator
import sys
from collections.abc import Callable

# Top-level names whose modules (and submodules) a learner program may not import.
BLOCKED = frozenset({
    "js", "pyodide", "pyodide_js", "_pyodide", "_pyodide_core", "pyodide_http",
    "micropip", "pyodide_kernel", "pyxterm", "pyscript", "_pyscript",
})

# sys.setrecursionlimit() above this is lowered to it during a run. Measured with
# Pyodide in Node: C-recursive shapes (a __repr__ or __getattr__ calling itself)
# crash the wasm stack somewhere between 2,000 and 5,000 frames with a 4 MB
# native stack, and between 10,000 and 30,000 with the 16 MB the Node runner
# gives its worker. Plain Python recursion is fine far deeper.
MAX_RECURSION_LIMIT = 2000

_MESSAGE = ("The module '%s' is not available in Awaitable's sandbox: programs here "
            "cannot reach the web page or the network")


def is_blocked(name: object) -> bool:
    return isinstance(name, str) and name.partition(".")[0] in BLOCKED


def blocked_error(name: str) -> ImportError:
    root = name.partition(".")[0]
    return ImportError(_MESSAGE % root, name=name)


class SandboxFinder:
    """First on sys.meta_path during a run: refuses the host's modules."""

    @staticmethod
    def find_spec(name: str, path: object = None, target: object = None) -> None:
        if is_blocked(name):
            raise blocked_error(name)
        return None

    @staticmethod
    def invalidate_caches() -> None:
        pass


def _is_js_finder(finder: object) -> bool:
    """Pyodide's finder that serves `js`, `pyodide_js` and other registered JS modules."""
    cls = finder if isinstance(finder, type) else type(finder)
    return cls.__name__ == "JsFinder"


class Sandbox:
    """enter() before the learner's code runs, exit() after (always)."""

    def __init__(self, warn: Callable[[str], object]) -> None:
        self._warn = warn  # warn(text): a line on the run's stderr
        self._hidden = {}
        self._meta_path = None
        self._setrecursionlimit = None

    def enter(self) -> None:
        self._meta_path = list(sys.meta_path)
        sys.meta_path[:] = [SandboxFinder] + [f for f in self._meta_path if not _is_js_finder(f)]
        for name in [n for n in sys.modules if is_blocked(n)]:
            self._hidden[name] = sys.modules.pop(name)
        real = self._setrecursionlimit = sys.setrecursionlimit
        if sys.getrecursionlimit() > MAX_RECURSION_LIMIT:
            real(MAX_RECURSION_LIMIT)
        warn = self._warn
        warned = []

        def setrecursionlimit(limit: int, /) -> None:
            limit = operator.index(limit)
            if limit > MAX_RECURSION_LIMIT:
                if not warned:  # once per run: a loop of calls must not flood stderr
                    warned.append(True)
                    warn("Warning: sys.setrecursionlimit(%d) was lowered to %d: deeper recursion "
                         "would crash Python in the browser, whose stack is small.\n"
                         % (limit, MAX_RECURSION_LIMIT))
                limit = MAX_RECURSION_LIMIT
            real(limit)

        setrecursionlimit.__doc__ = real.__doc__
        sys.setrecursionlimit = setrecursionlimit

    def exit(self) -> None:
        if self._setrecursionlimit is not None:
            sys.setrecursionlimit = self._setrecursionlimit
        if self._meta_path is not None:
            sys.meta_path[:] = self._meta_path
        for name in [n for n in sys.modules if is_blocked(n)]:
            del sys.modules[name]  # whatever the program put there
        sys.modules.update(self._hidden)
        self._hidden = {}
