"""Runtime-limit exceptions and learner-facing tracebacks.

Learner code is compiled with its own filename (e.g. "main.py"); everything else
in a traceback is either our runtime (always dropped) or the standard library.
Runs of asyncio-internal frames are collapsed into one line, because they are
noise for someone learning what *their* code did.
"""
from __future__ import annotations

import os
import traceback
from collections.abc import Iterable
from types import TracebackType
from typing import Any

_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
_ASYNCIO_MARK = os.sep + "asyncio" + os.sep


class RuntimeLimitError(BaseException):
    """Base of the errors the runtime raises to end a run.

    BaseException (not Exception) so that a learner's `except Exception:` cannot
    swallow the stop signal; the run result reports it regardless.
    """

    error_type = "RuntimeLimitError"
    line: int | None = None  # the learner's line it points at, when it points at one


class DeadlockError(RuntimeLimitError):
    error_type = "DeadlockError"
    details: list[dict[str, Any]] = []  # [{task, line, awaiting}] of the stuck tasks (the trace's `deadlock`)


class VirtualTimeLimitExceeded(RuntimeLimitError):
    error_type = "VirtualTimeLimitExceeded"


class IdleLoopLimitExceeded(RuntimeLimitError):
    error_type = "IdleLoopLimitExceeded"


class OutputLimitExceeded(RuntimeLimitError):
    error_type = "OutputLimitExceeded"


class ThreadWaitsForLoop(RuntimeLimitError):
    """A simulated thread blocked on something only the event loop can complete."""

    error_type = "ThreadWaitsForLoop"


class HostInterrupt(RuntimeLimitError):
    """The host stopped the run (wall-clock limit, Stop button) through Pyodide's
    interrupt buffer. The host words the notice itself, so nothing is printed."""

    error_type = "Interrupted"


class ProgramTooLarge(RuntimeLimitError):
    error_type = "ProgramTooLarge"


# Friendlier explanations appended to error["message"] for errors that are
# usually symptoms of a bug rather than the bug itself.
_HINTS = {
    "RecursionError": "a function probably calls itself (directly or through other "
    "functions) without ever reaching a case that stops the recursion",
    "MemoryError": "the program ran out of memory (programs here get 512 MB in all); a "
    "list, string or dict probably keeps growing without end",
}


# Pyodide compiles the host's entry code (runPython) as "<exec>": a runtime frame too.
_HOST_ENTRY_FILE = "<exec>"


def is_runtime_file(filename: str) -> bool:
    return filename.startswith(_PACKAGE_DIR) or filename == _HOST_ENTRY_FILE


def _is_asyncio_file(filename: str) -> bool:
    return _ASYNCIO_MARK in filename


class _HiddenFrames(traceback.FrameSummary):
    """Placeholder row standing for several collapsed asyncio frames."""

    def __init__(self, count: int) -> None:
        super().__init__("<hidden>", 0, "<hidden>", lookup_line=False, line="")
        self.count = count


class _FilteredStack(traceback.StackSummary):
    def format_frame_summary(self, frame_summary: traceback.FrameSummary, **kwargs: Any) -> str:
        if isinstance(frame_summary, _HiddenFrames):
            n = frame_summary.count
            return "  [%d frame%s in asyncio internals hidden]\n" % (n, "" if n == 1 else "s")
        if isinstance(frame_summary, _Omitted):
            return "  [%d outer frames not shown]\n" % frame_summary.count
        return super().format_frame_summary(frame_summary, **kwargs)


def _filter_stack(stack: Iterable[traceback.FrameSummary], full: bool) -> traceback.StackSummary:
    out: list[traceback.FrameSummary] = []
    hidden = 0
    for fs in stack:
        if is_runtime_file(fs.filename):
            continue  # our own frames never appear
        if not full and _is_asyncio_file(fs.filename):
            hidden += 1
            continue
        if hidden:
            out.append(_HiddenFrames(hidden))
            hidden = 0
        out.append(fs)
    if hidden:
        out.append(_HiddenFrames(hidden))
    new = _FilteredStack()
    new.extend(out)
    return new


def _filter_te(te: traceback.TracebackException | None, full: bool, seen: set[int]) -> None:
    if te is None or id(te) in seen:
        return
    seen.add(id(te))
    te.stack = _filter_stack(te.stack, full)
    _filter_te(te.__cause__, full, seen)
    _filter_te(te.__context__, full, seen)
    for sub in getattr(te, "exceptions", None) or ():
        _filter_te(sub, full, seen)


class _Omitted(traceback.FrameSummary):
    """Placeholder row for the outer frames of a huge traceback."""

    def __init__(self, count: int) -> None:
        super().__init__("<omitted>", 0, "<omitted>", lookup_line=False, line="")
        self.count = count


# Tracebacks deeper than this (after sys.setrecursionlimit(10**6), say) keep only their
# innermost _KEEP_FRAMES frames: summarising a million frames takes minutes in Pyodide.
_MAX_FRAMES = 3000
_KEEP_FRAMES = 1000


def _tb_depth(tb: TracebackType | None, stop: float) -> int:
    n = 0
    while tb is not None and n <= stop:
        n += 1
        tb = tb.tb_next
    return n


def format_stack(frames: Iterable[Any], full: bool = False) -> str:
    """Formatted rows (like traceback.format_list) of a stack summary or of
    (filename, lineno, name[, line]) tuples, with our frames removed."""
    stack = traceback.StackSummary.from_list(frames)
    return "".join(_filter_stack(stack, full).format())


def format_exception(exc: BaseException, full: bool = False) -> str:
    """CPython-style traceback text for `exc`, with our frames removed."""
    depth = _tb_depth(exc.__traceback__, _MAX_FRAMES)
    limit = -_KEEP_FRAMES if depth > _MAX_FRAMES else None
    te = traceback.TracebackException(type(exc), exc, exc.__traceback__, compact=True,
                                      limit=limit)
    _filter_te(te, full, set())
    if limit is not None:
        omitted = _tb_depth(exc.__traceback__, float("inf")) - _KEEP_FRAMES
        te.stack.insert(0, _Omitted(omitted))
    return "".join(te.format())


def learner_line(exc: BaseException, filename: str) -> int | None:
    """Line of the innermost frame in the learner's file, or None."""
    tb = exc.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    if line is None and isinstance(exc, BaseExceptionGroup):
        for sub in exc.exceptions:
            line = learner_line(sub, filename)
            if line is not None:
                break
    return line


def describe_exception(exc: BaseException, filename: str) -> dict[str, Any]:
    """The result's `error` dict for an uncaught learner exception."""
    name = type(exc).__name__
    message = exc.msg if isinstance(exc, SyntaxError) and exc.msg else str(exc)
    hint = _HINTS.get(name)
    if hint:
        message = "%s (%s)" % (message, hint) if message else hint
    if isinstance(exc, SyntaxError) and exc.filename == filename:
        line = exc.lineno
    else:
        line = learner_line(exc, filename)
    return {"type": name, "message": message, "line": line}
