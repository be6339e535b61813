"""Trace recorder: a flat list of events {seq, t, kind, ...}.

Events are appended in the order things happen on the main timeline, so `t` never
decreases along `seq`. Simulated thread/process jobs run eagerly but their events
are held back and released into the timeline at their virtual instant (see
executors.py). The README documents every kind.
"""
import re
import reprlib
from asyncio import events as _events, tasks as _tasks

_TASK_TYPES = tuple(t for t in (getattr(_tasks, "Task", None), getattr(_tasks, "_PyTask", None)) if t)

_repr = reprlib.Repr()
_repr.maxstring = 30
_repr.maxother = 30
_repr.maxlist = _repr.maxtuple = _repr.maxdict = _repr.maxset = 4
_repr.maxlevel = 2


_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def short_repr(obj):
    """Short, deterministic repr (no memory addresses: same text natively and in Pyodide)."""
    try:
        if callable(obj) and hasattr(obj, "__qualname__") and not isinstance(obj, type):
            return "<function %s>" % obj.__qualname__
        text = _repr.repr(obj)
        if text.startswith("<"):  # default-style repr: drop the address, keep it short
            text = _ADDRESS.sub("", repr(obj))
            if len(text) > 40:
                text = text[:36] + "...>"
        return text
    except Exception:
        return "<%s>" % type(obj).__name__


def coro_call_repr(coro):
    """'worker(n=1, name='a')' from a not-yet-started coroutine's arguments."""
    code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
    frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
    name = getattr(coro, "__qualname__", None) or type(coro).__name__
    if code is None or frame is None:
        return name + "()"
    nargs = code.co_argcount + code.co_kwonlyargcount
    try:
        loc = frame.f_locals
        parts = ["%s=%s" % (v, short_repr(loc[v])) for v in code.co_varnames[:nargs] if v in loc]
    except Exception:
        parts = []
    return "%s(%s)" % (name, ", ".join(parts))


def current_task_name():
    loop = _events._get_running_loop()
    if loop is None:
        return None
    task = _tasks.current_task(loop)
    return task.get_name() if task is not None else None


def is_task(obj):
    return isinstance(obj, _TASK_TYPES)


class Recorder:
    __slots__ = ("events", "st", "_seq", "_cancels", "_started", "_known", "_early")

    def __init__(self):
        self.events = []
        self.st = None
        self._seq = 0
        self._cancels = {}   # task -> last seen cancelling() count
        self._started = set()
        self._known = set()   # tasks whose task_created was emitted
        self._early = []      # tasks that became ready inside their own constructor

    def emit(self, kind, t_ns=None, /, **fields):
        self._seq += 1
        ev = {"seq": self._seq, "t": round((self.st.now_ns if t_ns is None else t_ns) / 1e9, 9),
              "kind": kind}
        ev.update(fields)
        self.events.append(ev)
        return ev

    # --- tasks ---------------------------------------------------------
    def task_created(self, task, line):
        coro = task.get_coro()
        code = getattr(coro, "cr_code", None)
        self._known.add(id(task))
        self.emit("task_created", task=task.get_name(), coro=coro_call_repr(coro),
                  parent=current_task_name(), line=line,
                  internal=code is None or code.co_filename != self.st.filename)
        if task in self._early:
            self._early.remove(task)
            self.emit("ready", task=task.get_name())

    def ready(self, task):
        if id(task) not in self._known:
            # Task() schedules its first step before create_task() returns: report
            # it right after task_created so every lane starts with its creation.
            self._early.append(task)
            return
        self._check_cancel(task)
        self.emit("ready", task=task.get_name())

    def _check_cancel(self, task):
        try:
            n = task.cancelling()
        except Exception:
            return
        if n != self._cancels.get(id(task), 0):
            if n > self._cancels.get(id(task), 0):
                self.emit("cancel_requested", task=task.get_name(), by=current_task_name())
            self._cancels[id(task)] = n

    def step(self, task):
        self._check_cancel(task)
        first = id(task) not in self._started
        if first:
            self._started.add(id(task))
        self.emit("task_step", task=task.get_name(), phase="start" if first else "resume")

    def after_step(self, task):
        from .deadlock import describe_wait
        name = task.get_name()
        if task.done():
            self._started.discard(id(task))
            self._known.discard(id(task))
            self._cancels.pop(id(task), None)
            if task.cancelled():
                self.emit("task_done", task=name, state="cancelled", exception=None)
            else:
                # Not task.exception(): that marks the error as retrieved, and asyncio
                # would no longer log "Task exception was never retrieved".
                exc = getattr(task, "_exception", None)
                self.emit("task_done", task=name, state="ok" if exc is None else "error",
                          exception=None if exc is None else type(exc).__name__)
        else:
            line, awaiting = describe_wait(task, self.st)
            self.emit("task_suspended", task=name, line=line, awaiting=awaiting)

    # --- timers and the loop -------------------------------------------
    def timer_scheduled(self, handle, purpose):
        self.emit("timer_scheduled", timer=handle._seq, when=round(handle._when_ns / 1e9, 9),
                  purpose=purpose, task=current_task_name())

    def loop_idle(self, frm, to):
        self.emit("loop_idle", **{"from": round(frm / 1e9, 9), "to": round(to / 1e9, 9)})

    def block(self, start_ns, ns, line, reason, task=False):
        if isinstance(line, tuple):  # (first, last) lines of a finished step
            first, line = line
        else:
            first = line
        task = current_task_name() if task is False else task
        last = self.events[-1] if self.events else None
        if (reason == "cpu" and last is not None and last["kind"] == "block"
                and last["reason"] == "cpu" and last["task"] == task
                and round(last["t"] + last["duration"], 9) == round(start_ns / 1e9, 9)):
            # Back-to-back computing in one task (split by clock reads): one event.
            last["duration"] = round(last["duration"] + ns / 1e9, 9)
            lines = [v for v in (*last.get("lines", ()), last["line"], first, line) if v is not None]
            last["line"] = line if line is not None else last["line"]
            if len(set(lines)) > 1:
                last["lines"] = [min(lines), max(lines)]
            return
        ev = self.emit("block", start_ns, task=task,
                       duration=round(ns / 1e9, 9), line=line, reason=reason)
        if reason in ("cpu", "gil") and first is not None and first != line:
            ev["lines"] = [min(first, line), max(first, line)]
