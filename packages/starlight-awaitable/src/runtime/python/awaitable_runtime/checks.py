"""Grading checks: exercise-supplied Python functions run after the learner's program.

Each check is source code defining `def check(stdout, trace, globals):`. It runs
in a fresh namespace once the program has ended (whatever its outcome), while the
program's namespace still exists:

- `stdout`: everything the program wrote to stdout (str);
- `trace`: a private copy of the trace events (list of dicts);
- `globals`: a read-only mapping of the program's final module globals, without
  dunder names (the values are the program's live objects).

Return True or None: passed; a string: failed with that message; False: failed
without a message. Anything else, or raising, fails with a message that blames
the check, not the learner. The check cannot see or disturb the program's output
(its own prints are discarded), its trace, or its virtual clock.
"""
from __future__ import annotations

import builtins
import gc
import io
import json
import sys
import traceback
import types
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from .install import Patcher

if TYPE_CHECKING:  # types only
    from .io import OutputSink
    from .state import RunState

CHECK_FILENAME = "<check>"
_NOT_LEARNER = "This is a problem with the exercise's check, not with your program."
# What a check may change in the run's state; put back before the next check runs.
_PER_CHECK = ("now_ns", "fatal", "stop_loops")


class CheckResult(TypedDict):
    passed: bool
    message: str | None


class _Discard(io.TextIOBase):
    def writable(self) -> bool:
        return True

    def write(self, s: str) -> int:
        return len(s)


def _trace_snapshot(st: RunState, sink: OutputSink) -> str:
    tracer = st.tracer
    if tracer is None:
        return "[]"
    # The chunk being written is only joined into its event at the end of the run;
    # give the check its full text without touching the real event.
    pending = sink._last
    events = tracer.events
    if pending is not None and pending[2] is not None:
        ev = pending[2]
        text = "".join(pending[1])
        events = [dict(e, text=text) if e is ev else e for e in events]
    return json.dumps(events)


def _globals_view(module: types.ModuleType) -> Mapping[str, object]:
    return types.MappingProxyType({k: v for k, v in module.__dict__.items()
                                   if not (k.startswith("__") and k.endswith("__"))})


def _keep_fields(p: Patcher, st: RunState, names: Sequence[str]) -> None:
    for name in names:
        p.set(st, name, getattr(st, name))


def run_checks(checks: Sequence[object], st: RunState, sink: OutputSink,
               module: types.ModuleType) -> list[CheckResult]:
    """[{"passed", "message"}] for each check source, in order."""
    gc.collect()  # the program's own garbage reports its warnings to the program's output
    stdout = "".join(sink.parts["stdout"])
    trace_json = _trace_snapshot(st, sink)
    view: Mapping[str, object] | None = _globals_view(module)
    # Everything the checks may change goes through `p`, undone in `finally`.
    p = Patcher()
    _keep_fields(p, st, _PER_CHECK)
    p.set(st, "tracer", None)
    p.set(st, "job", None)
    discard = _Discard()
    p.set(sys, "stdout", discard)
    p.set(sys, "stderr", discard)
    p.set(sys, "stdin", io.StringIO(""))
    if p.keep(sys.getrecursionlimit, sys.setrecursionlimit) < 1000:
        sys.setrecursionlimit(1000)
    results: list[CheckResult] = []
    try:
        for source in checks:
            each = Patcher()
            _keep_fields(each, st, _PER_CHECK)
            try:
                results.append(_run_one(source, stdout, json.loads(trace_json), view))
            finally:
                each.restore()
        view = None
        gc.collect()  # the checks' garbage must not warn into the program's output
    finally:
        p.restore()
    return results


def _run_one(source: object, stdout: str, trace: Any,
             view: Mapping[str, object] | None) -> CheckResult:
    if not isinstance(source, str):
        return _failed("The check is not Python source text (got %s). %s"
                       % (type(source).__name__, _NOT_LEARNER))
    try:
        code = compile(source, CHECK_FILENAME, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        lineno = getattr(exc, "lineno", None)
        where = " (line %d of the check)" % lineno if lineno else ""
        return _failed("The check itself has a syntax error: %s%s. %s"
                       % (getattr(exc, "msg", None) or exc, where, _NOT_LEARNER))
    ns: dict[str, Any] = {"__name__": "__check__", "__builtins__": builtins}
    try:
        exec(code, ns)
        fn = ns.get("check")
        if not callable(fn):
            return _failed("The check does not define check(stdout, trace, globals). "
                           + _NOT_LEARNER)
        value = fn(stdout, trace, view)
    except BaseException as exc:  # noqa: BLE001 - SystemExit and limits included: blame the check
        return _failed(_raised_message(exc))
    finally:
        ns.clear()
    if value is True or value is None:
        return {"passed": True, "message": None}
    if value is False:
        return {"passed": False, "message": None}
    if isinstance(value, str):
        return {"passed": False, "message": value}
    return _failed("The check returned %s; it must return True, None, False or a message "
                   "string. %s" % (type(value).__name__, _NOT_LEARNER))


def _failed(message: str) -> CheckResult:
    return {"passed": False, "message": message}


def _raised_message(exc: BaseException) -> str:
    line = None
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        if frame.f_code.co_filename == CHECK_FILENAME:
            line = lineno
    text = str(exc)
    msg = "The check itself raised %s%s" % (type(exc).__name__, ": " + text if text else "")
    if line is not None:
        msg += " (line %d of the check)" % line
    return "%s. %s" % (msg, _NOT_LEARNER)
