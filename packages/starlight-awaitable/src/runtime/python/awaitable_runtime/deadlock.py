"""What is a suspended task waiting for? Used by the trace and the deadlock report.

We walk the task's `cr_await` chain: the innermost frame in the learner's file
gives the line; the first asyncio frame below it (Lock.acquire, Event.wait,
Queue.get, sleep…) or the final awaited object (a Task, a gather, an executor
future) tells what it awaits.
"""
from __future__ import annotations

import sys
from types import FrameType
from typing import TYPE_CHECKING, Any
from asyncio import futures as _futures, tasks as _tasks

from . import wording
from .errors import DeadlockError
from .base_tasks import is_task

if TYPE_CHECKING:  # types only
    from asyncio import AbstractEventLoop, Task

    from .state import RunState

_Future = tuple(f for f in (getattr(_futures, "Future", None), getattr(_futures, "_PyFuture", None)) if f)
_GATHERING = getattr(_tasks, "_GatheringFuture", ())

# asyncio coroutine qualname -> awaiting kind (the object is the frame's `self`)
_METHOD_KINDS = {
    "Lock.acquire": "lock",
    "Event.wait": "event",
    "Semaphore.acquire": "semaphore",
    "Condition.wait": "condition",
    "Condition.wait_for": "condition",
    "Queue.get": "queue_get",
    "Queue.put": "queue_put",
    "Queue.join": "queue_join",
    "Barrier.wait": "barrier",
}


def _frame_of(obj: object) -> FrameType | None:
    for attr in ("cr_frame", "gi_frame", "ag_frame"):
        f = getattr(obj, attr, None)
        if f is not None:
            return f
    return None


def _next_awaited(obj: object) -> object:
    for attr in ("cr_await", "gi_yieldfrom", "ag_await"):
        nxt = getattr(obj, attr, None)
        if nxt is not None:
            return nxt
    return None


def _var_name(obj: object, frames: list[FrameType], st: RunState | None) -> str | None:
    """A learner variable bound to `obj` (locals of their frames, then globals)."""
    for f in frames:
        try:
            for k, v in f.f_locals.items():
                if v is obj and not k.startswith("."):
                    return k
        except Exception:
            pass
    main = sys.modules.get("__main__")
    if main is not None:
        for k, v in vars(main).items():
            if v is obj:
                return k
    return None


def _classify_object(obj: object, st: RunState | None) -> dict[str, Any]:
    if obj is None:
        return {"kind": "yield"}
    if is_task(obj):
        return {"kind": "task", "task": obj.get_name()}
    if _GATHERING and isinstance(obj, _GATHERING):
        kids = getattr(obj, "_children", ()) or ()
        return {"kind": "gather", "tasks": [k.get_name() for k in kids if is_task(k)]}
    try:
        job = st.job_futures.get(obj) if st is not None else None
    except TypeError:  # not weak-referenceable: not one of ours
        job = None
    if job is not None:
        return {"kind": job.kind, "job": job.id, "worker": job.worker, "function": job.fn_name}
    return {"kind": "future"}


def describe_wait(task: Task[Any], st: RunState | None) -> tuple[int | None, dict[str, Any]]:
    """(line, awaiting-dict) for a suspended task."""
    filename = st.filename if st is not None else None
    obj = task.get_coro()
    line = None
    learner_frames = []
    depth = 0
    while obj is not None and depth < 64:
        depth += 1
        frame = _frame_of(obj)
        if frame is None:
            break  # a Future/Task/other awaitable: that's what we're waiting on
        code = frame.f_code
        if code.co_filename == filename:
            line = frame.f_lineno
            learner_frames.insert(0, frame)
        else:
            qual = getattr(code, "co_qualname", code.co_name)
            kind = _METHOD_KINDS.get(qual)
            try:
                loc = frame.f_locals
            except Exception:
                loc = {}
            if kind is not None:
                target = loc.get("self")
                d = {"kind": kind, "type": type(target).__name__,
                     "name": _var_name(target, learner_frames, st)}
                return line, d
            if qual == "sleep":
                return line, {"kind": "sleep", "seconds": loc.get("delay")}
            if qual == "__sleep0":
                return line, {"kind": "sleep", "seconds": 0}
            if qual == "wait_for":
                return line, {"kind": "wait_for", "timeout": loc.get("timeout"),
                              "inner": _classify_object(getattr(task, "_fut_waiter", None), st)}
            if qual in ("wait", "_wait"):
                return line, {"kind": "wait"}
            if qual in ("as_completed", "_wait_for_one", "_AsCompletedIterator._wait_for_one"):
                return line, {"kind": "as_completed"}
            if qual in ("TaskGroup.__aexit__", "TaskGroup._aexit"):
                tg = loc.get("self")
                kids = getattr(tg, "_tasks", ()) or ()
                return line, {"kind": "taskgroup", "tasks": sorted(k.get_name() for k in kids)}
        obj = _next_awaited(obj)
    if not isinstance(obj, _Future):  # e.g. the C iterator of `await fut`: use the waiter
        obj = getattr(task, "_fut_waiter", None)
    return line, _classify_object(obj, st)


def deadlock_error(loop: AbstractEventLoop, st: RunState | None) -> DeadlockError:
    """Build the DeadlockError listing every stuck task of `loop`."""
    tasks = [t for t in _tasks.all_tasks(loop) if not t.done()]
    order = st.task_seq if st is not None else {}
    tasks.sort(key=lambda t: order.get(t, 1 << 60))
    lines = [wording.DEADLOCK_HEADER]
    details = []
    first_line = None
    for t in tasks:
        line, d = describe_wait(t, st)
        coro = t.get_coro()
        cname = getattr(coro, "__qualname__", None) or type(coro).__name__
        filename = st.filename if st is not None else "?"
        lines.append(wording.deadlock_task(t.get_name(), cname, filename, line, d))
        details.append({"task": t.get_name(), "line": line, "awaiting": d})
        if first_line is None:
            first_line = line
    if not tasks:
        lines.append(wording.DEADLOCK_NOTHING_LEFT)
    err = DeadlockError("\n".join(lines))
    err.line = first_line
    err.details = details
    return err
