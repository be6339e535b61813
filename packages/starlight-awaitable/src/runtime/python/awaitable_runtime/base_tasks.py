"""Task helpers shared by the recorder, the deadlock report and the I/O capture.

The layer below trace.py and deadlock.py (as CPython's asyncio/base_tasks.py is below
tasks.py), so neither has to import the other to name a task.
"""
from __future__ import annotations

import re
import reprlib
from asyncio import events as _events, tasks as _tasks
from typing import Any, TypeGuard

_TASK_TYPES: tuple[type, ...] = tuple(
    t for t in (getattr(_tasks, "Task", None), getattr(_tasks, "_PyTask", None)) if t)

_repr = reprlib.Repr()
_repr.maxstring = 30
_repr.maxother = 30
_repr.maxlist = _repr.maxtuple = _repr.maxdict = _repr.maxset = 4
_repr.maxlevel = 2

_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def short_repr(obj: object) -> str:
    """Short, deterministic repr (no memory addresses: same text natively and in Pyodide)."""
    try:
        if callable(obj) and hasattr(obj, "__qualname__") and not isinstance(obj, type):
            return "<function %s>" % getattr(obj, "__qualname__")
        text = _repr.repr(obj)
        if text.startswith("<"):  # default-style repr: drop the address, keep it short
            text = _ADDRESS.sub("", repr(obj))
            if len(text) > 40:
                text = text[:36] + "...>"
        return text
    except Exception:
        return "<%s>" % type(obj).__name__


def coro_call_repr(coro: Any) -> str:
    """'worker(n=1, name='a')' from a not-yet-started coroutine's arguments."""
    code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
    frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
    name: str = getattr(coro, "__qualname__", None) or type(coro).__name__
    if code is None or frame is None:
        return name + "()"
    nargs = code.co_argcount + code.co_kwonlyargcount
    try:
        loc = frame.f_locals
        parts = ["%s=%s" % (v, short_repr(loc[v])) for v in code.co_varnames[:nargs] if v in loc]
    except Exception:
        parts = []
    return "%s(%s)" % (name, ", ".join(parts))


def current_task_name() -> str | None:
    loop = _events._get_running_loop()
    if loop is None:
        return None
    task = _tasks.current_task(loop)
    return task.get_name() if task is not None else None


def is_task(obj: object) -> TypeGuard[_tasks.Task[Any]]:
    return isinstance(obj, _TASK_TYPES)
