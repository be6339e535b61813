"""CPU time in virtual time: a deterministic cost for the learner's own code.

Why not measure real CPU time: it differs between machines, browsers and runs, and
grading needs the same program to take the same time every run. Why not
sys.monitoring (line or jump events): each event costs ~100 ns, which made tight
loops 3-6x slower. Instead the learner's program is compiled from an instrumented
AST: every block of statements (module, function body, loop body, if/else branch,
try/except/finally, with, match case) and every comprehension step starts by adding
the block's static weight to a counter in the program's globals:

    __awaitable_cpu__ += 23

The weight is a count of the block's own work (statements and expression nodes,
function calls weighted heavier, plus a fixed cost per loop iteration and per
call). Units become virtual nanoseconds at NS_PER_UNIT, calibrated against native
CPython on the reference machine (`npm run bench:runtime` prints the comparison).
The weights come from the AST, so native CPython 3.13 and Pyodide's 3.14 count the
same units for the same program.

Not counted: time inside C code (sorted() on a long list, str.join, big-integer
arithmetic are as cheap as one call), lambdas' bodies, comprehensions written
directly in a class body, and code outside the learner's file (asyncio itself).

Where the cost lands is decided by the callers (see RunState.flush_cpu): on the
event loop's thread it holds the loop like time.sleep; in a simulated thread it
needs the GIL; in a simulated process it needs one of SIMULATED_CPU_COUNT cores.
"""
from __future__ import annotations

import ast
import bisect
from collections.abc import MutableMapping, Sequence
from types import CodeType
from typing import TypeVar

COUNTER = "__awaitable_cpu__"

# Calibration (see the module docstring): virtual ns = units * NS_PER_UNIT. The
# weights were fitted (a grid search) so that every program in
# src/runtime/python/tests/calibration/ lands within 0.65-1.55x of native CPython
# 3.13 on the reference machine; test_cpu.py keeps them within 2x.
NS_PER_UNIT = 2.4
_NUM, _DEN = 12, 5  # NS_PER_UNIT as a fraction, so conversion is exact integer arithmetic

CALL_WEIGHT = 30        # a call (C functions and methods: str(), list.append, dict.get)...
LOCAL_CALL_WEIGHT = 0   # ...unless it calls a function defined in the program by name
NAME_WEIGHT = 0         # reading a variable or a constant
EXPR_WEIGHT = 2         # any other expression node (operators, subscripts, attributes...)
STATEMENT_WEIGHT = 2    # each statement
ITERATION_WEIGHT = 12   # one loop or comprehension iteration's own bookkeeping
FUNCTION_WEIGHT = 2     # entering a function body

SWITCH_INTERVAL_NS = 5_000_000  # sys.getswitchinterval(): 5 ms

_NESTED = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda, ast.stmt,
           ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp, ast.excepthandler,
           ast.match_case)


_ScopeNode = TypeVar("_ScopeNode", ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)
_BranchNode = TypeVar("_BranchNode", ast.For, ast.AsyncFor, ast.While, ast.If, ast.Try, ast.With,
                       ast.AsyncWith, ast.ExceptHandler, ast.match_case, ast.TryStar)
_Comprehension = TypeVar("_Comprehension", ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)

_local_functions: frozenset[str] = frozenset()  # names the program binds with def (set per compile)


def _call_weight(call: ast.Call) -> int:
    # CPython 3.11+ calls Python functions without a C-level call: much cheaper
    # than calling a builtin or a method implemented in C.
    func = call.func
    if isinstance(func, ast.Name) and func.id in _local_functions:
        return LOCAL_CALL_WEIGHT
    return CALL_WEIGHT


def _expr_weight(node: ast.AST) -> int:
    """Weight of what a statement (or expression) evaluates itself, not counting
    nested blocks, nested scopes or comprehensions (they count themselves)."""
    weight = 0
    stack: list[ast.AST] = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, ast.expr):
            if isinstance(n, (ast.Name, ast.Constant)):
                weight += NAME_WEIGHT
            else:
                weight += EXPR_WEIGHT + (_call_weight(n) if isinstance(n, ast.Call) else 0)
        for _, value in ast.iter_fields(n):
            if isinstance(value, list):
                stack.extend(v for v in value if isinstance(v, ast.AST) and not isinstance(v, _NESTED))
            elif isinstance(value, ast.AST) and not isinstance(value, _NESTED):
                stack.append(value)
    return weight


def _block_weight(stmts: Sequence[ast.stmt]) -> int:
    return sum(STATEMENT_WEIGHT + _expr_weight(s) for s in stmts)


def _is_docstring(stmt: ast.stmt) -> bool:
    return (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant)
            and isinstance(stmt.value.value, str))


class _Instrument(ast.NodeTransformer):
    def __init__(self) -> None:
        self.scopes = ["module"]

    def _block(self, stmts: list[ast.stmt], extra: int = 0, scope_head: bool = False) -> list[ast.stmt]:
        if not stmts:
            return stmts
        head: list[ast.stmt] = []
        rest = list(stmts)
        if scope_head and _is_docstring(rest[0]):
            head.append(rest.pop(0))  # the docstring must stay the first statement
        if scope_head and self.scopes[-1] == "module":
            while rest and isinstance(rest[0], ast.ImportFrom) and rest[0].module == "__future__":
                head.append(rest.pop(0))
        where = rest[0] if rest else stmts[0]
        added: list[ast.stmt] = []
        if scope_head and self.scopes[-1] in ("function", "class"):
            added.append(ast.copy_location(ast.Global([COUNTER]), where))
        bump = ast.AugAssign(target=ast.Name(COUNTER, ast.Store()), op=ast.Add(),
                             value=ast.Constant(_block_weight(rest) + extra))
        added.append(ast.copy_location(bump, where))
        return head + added + rest

    def _in_scope(self, node: _ScopeNode, kind: str, extra: int) -> _ScopeNode:
        self.scopes.append(kind)
        self.generic_visit(node)
        if not isinstance(node, ast.Lambda):  # a lambda's body is an expression
            node.body = self._block(node.body, extra, scope_head=True)
        self.scopes.pop()
        return node

    def visit_Module(self, node: ast.Module) -> ast.Module:
        self.generic_visit(node)
        node.body = self._block(node.body, scope_head=True)
        return node

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.FunctionDef:
        return self._in_scope(node, "function", FUNCTION_WEIGHT)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> ast.AsyncFunctionDef:
        return self._in_scope(node, "function", FUNCTION_WEIGHT)

    def visit_ClassDef(self, node: ast.ClassDef) -> ast.ClassDef:
        return self._in_scope(node, "class", 0)

    def visit_Lambda(self, node: ast.Lambda) -> ast.Lambda:
        return self._in_scope(node, "lambda", 0)

    def _branches(self, node: _BranchNode, extra: int = 0) -> _BranchNode:
        self.generic_visit(node)
        node.body = self._block(node.body, extra)
        for field in ("orelse", "finalbody"):
            if hasattr(node, field):
                setattr(node, field, self._block(getattr(node, field)))
        return node

    def visit_For(self, node: ast.For) -> ast.For:
        return self._branches(node, ITERATION_WEIGHT)

    def visit_AsyncFor(self, node: ast.AsyncFor) -> ast.AsyncFor:
        return self._branches(node, ITERATION_WEIGHT)

    def visit_While(self, node: ast.While) -> ast.While:
        return self._branches(node, ITERATION_WEIGHT + _expr_weight(node.test))

    visit_If = visit_Try = visit_With = visit_AsyncWith = visit_ExceptHandler = _branches
    visit_match_case = _branches
    if hasattr(ast, "TryStar"):
        visit_TryStar = _branches

    def _comprehension(self, node: _Comprehension) -> _Comprehension:
        self.generic_visit(node)
        # `name := ...` in a comprehension binds in the enclosing scope, which must
        # be the module or a function (where `global` was declared).
        if self.scopes[-1] not in ("module", "function"):
            return node
        last = node.generators[-1]
        for gen in node.generators:
            weight = ITERATION_WEIGHT + sum(_expr_weight(cond) for cond in gen.ifs)
            if gen is last:
                parts = [node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt]
                weight += sum(_expr_weight(p) for p in parts)
            # Always true: the counter starts at 1 and only grows.
            bump = ast.NamedExpr(target=ast.Name(COUNTER, ast.Store()),
                                 value=ast.BinOp(ast.Name(COUNTER, ast.Load()), ast.Add(),
                                                 ast.Constant(weight)))
            gen.ifs.insert(0, ast.copy_location(bump, gen.iter))
        return node

    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = _comprehension


def compile_counted(source: str, filename: str) -> CodeType:
    """Compile `source` with CPU counting. Raises SyntaxError exactly like compile()."""
    global _local_functions
    tree = ast.parse(source, filename)
    _local_functions = frozenset(node.name for node in ast.walk(tree)
                                 if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)))
    try:
        tree = _Instrument().visit(tree)
        ast.fix_missing_locations(tree)
        return compile(tree, filename, "exec", dont_inherit=True)
    except SyntaxError:
        # Errors the compiler finds after parsing ('return' outside a function...):
        # raise the genuine one (or, if the program is fine, run it uncounted).
        return compile(source, filename, "exec", dont_inherit=True)


class CpuMeter:
    """Reads the program's counter and turns new units into virtual nanoseconds."""

    __slots__ = ("namespace", "units", "charged_ns")

    def __init__(self, namespace: MutableMapping[str, object]) -> None:
        namespace[COUNTER] = 1
        self.namespace = namespace
        self.units = 1
        self.charged_ns = 0

    def add_seconds(self, seconds: float) -> None:
        """Count `seconds` of CPU work as if the program's code had done it (clock.spend)."""
        units = self.namespace.get(COUNTER)
        if type(units) is int:
            self.namespace[COUNTER] = units + -(-round(seconds * 1e9) * _DEN // _NUM)

    def take_ns(self, at_least: int = 0) -> int:
        """The new CPU time, in ns; 0 (and nothing taken) if it is under `at_least`."""
        units = self.namespace.get(COUNTER)
        if type(units) is not int or units <= self.units:
            return 0
        total = (units - 1) * _NUM // _DEN  # cumulative, so rounding never drifts
        ns = total - self.charged_ns
        if ns < at_least:
            return 0
        self.units = units
        self.charged_ns = total
        return ns


class Cores:
    """When each of n simulated cores is busy (n = 1: the GIL).

    Work asks for `ns` of CPU from instant `t` and gets the earliest free time on
    any core, possibly in several slices around work booked before it. Booking is
    first come, first served: simulated jobs run one after another, so work that was
    booked earlier is never pushed back (see README: CPU time)."""

    __slots__ = ("starts", "ends")

    def __init__(self, n: int) -> None:
        self.starts: list[list[int]] = [[] for _ in range(n)]
        self.ends: list[list[int]] = [[] for _ in range(n)]

    def _gap(self, core: int, t: int) -> tuple[int, int | None]:
        """(start, end) of the first free stretch on `core` at or after `t`."""
        starts, ends = self.starts[core], self.ends[core]
        i = bisect.bisect_right(starts, t) - 1
        if i >= 0 and ends[i] > t:
            t = ends[i]
        i += 1
        while i < len(starts) and starts[i] <= t:
            t = max(t, ends[i])
            i += 1
        return t, (starts[i] if i < len(starts) else None)

    def free_at(self, t: int) -> int:
        return min(self._gap(core, t)[0] for core in range(len(self.starts)))

    def busy_after(self, t: int) -> bool:
        return any(ends and ends[-1] > t for ends in self.ends)

    def book(self, t: int, ns: int) -> list[tuple[int, int]]:
        """Book `ns` of CPU from `t`; returns the slices [(start, end)] in time order."""
        slices: list[tuple[int, int]] = []
        while ns > 0:
            core, (start, end) = min(((c, self._gap(c, t)) for c in range(len(self.starts))),
                                     key=lambda item: (item[1][0], item[0]))
            stop = start + ns if end is None else min(end, start + ns)
            i = bisect.bisect_left(self.starts[core], start)
            self.starts[core].insert(i, start)
            self.ends[core].insert(i, stop)
            if slices and slices[-1][1] == start:
                slices[-1] = (slices[-1][0], stop)
            else:
                slices.append((start, stop))
            ns -= stop - start
            t = stop
        return slices
