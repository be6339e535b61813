"""Trace recorder: a flat list of events {seq, t, kind, ...}.

The one place events are made: one method per kind, named after it, whose keyword
parameters are exactly the kind's fields. The contract (every kind and field, with
its meaning) is src/trace/schema.ts; tests/test_trace_schema.py holds these methods
to its JSON Schema (tests/trace-schema.json) and validates the events of real runs.

Events are appended in the order things happen on the main timeline, so `t` never
decreases along `seq`. Simulated thread/process jobs run eagerly but their events
are held back and released into the timeline at their virtual instant (see
executors.py: they are kept as calls to these methods, made at release time).

Above the per-kind methods are the loop's hooks (`on_created`, `on_ready`,
`on_step`, `after_step`), which look at a task and decide what to record.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from .base_tasks import coro_call_repr, current_task_name
from .deadlock import describe_wait

if TYPE_CHECKING:
    from asyncio import Task

    from .state import RunState

Event = dict[str, Any]
Awaiting = dict[str, Any]
Stream = Literal["stdout", "stderr"]
TimerPurpose = Literal["sleep", "timeout", "thread", "process", "callback"]
BlockReason = Literal["time.sleep", "future.result", "concurrent.futures.wait", "thread.join", "cpu", "gil"]
COMPUTING: tuple[BlockReason, ...] = ("cpu", "gil")  # the learner's own work, not a blocking call


def seconds(ns: int) -> float:
    """Virtual nanoseconds as the trace's seconds (rounded to 1e-9)."""
    return round(ns / 1e9, 9)


class Recorder:
    __slots__ = ("events", "st", "_seq", "_cancels", "_started", "_known", "_early")

    def __init__(self, st: RunState) -> None:
        self.events: list[Event] = []
        self.st = st
        self._seq = 0
        self._cancels: dict[int, int] = {}   # task -> last seen cancelling() count
        self._started: set[int] = set()
        self._known: set[int] = set()   # tasks whose task_created was emitted
        self._early: list[Task[Any]] = []      # tasks that became ready inside their own constructor

    def _emit(self, kind: str, t_ns: int | None, fields: dict[str, Any]) -> Event:
        self._seq += 1
        ev: Event = {"seq": self._seq, "t": seconds(self.st.now_ns if t_ns is None else t_ns), "kind": kind}
        ev.update(fields)
        self.events.append(ev)
        return ev

    # --- one method per kind (t_ns: the event's instant; default: now) ----------
    def task_created(self, *, task: str, coro: str, parent: str | None, line: int | None,
                     internal: bool, t_ns: int | None = None) -> Event:
        return self._emit("task_created", t_ns, {"task": task, "coro": coro, "parent": parent,
                                                 "line": line, "internal": internal})

    def ready(self, *, task: str, t_ns: int | None = None) -> Event:
        return self._emit("ready", t_ns, {"task": task})

    def task_step(self, *, task: str, phase: Literal["start", "resume"], t_ns: int | None = None) -> Event:
        return self._emit("task_step", t_ns, {"task": task, "phase": phase})

    def task_suspended(self, *, task: str, line: int | None, awaiting: Awaiting,
                       t_ns: int | None = None) -> Event:
        return self._emit("task_suspended", t_ns, {"task": task, "line": line, "awaiting": awaiting})

    def task_done(self, *, task: str, state: Literal["ok", "error", "cancelled"], exception: str | None,
                  t_ns: int | None = None) -> Event:
        return self._emit("task_done", t_ns, {"task": task, "state": state, "exception": exception})

    def cancel_requested(self, *, task: str, by: str | None, t_ns: int | None = None) -> Event:
        return self._emit("cancel_requested", t_ns, {"task": task, "by": by})

    def timer_scheduled(self, *, timer: int, when: float,
                        purpose: TimerPurpose,
                        task: str | None, t_ns: int | None = None) -> Event:
        return self._emit("timer_scheduled", t_ns, {"timer": timer, "when": when, "purpose": purpose,
                                                    "task": task})

    def timer_fired(self, *, timer: int, t_ns: int | None = None) -> Event:
        return self._emit("timer_fired", t_ns, {"timer": timer})

    def timer_cancelled(self, *, timer: int, t_ns: int | None = None) -> Event:
        return self._emit("timer_cancelled", t_ns, {"timer": timer})

    def loop_idle(self, *, from_: float, to: float, t_ns: int | None = None) -> Event:
        # `from` is a Python keyword: the parameter is from_, the field "from".
        return self._emit("loop_idle", t_ns, {"from": from_, "to": to})

    def block(self, *, task: str | None, duration: float, line: int | None, reason: BlockReason,
              lines: list[int] | None = None, t_ns: int | None = None) -> Event:
        fields: dict[str, Any] = {"task": task, "duration": duration, "line": line, "reason": reason}
        if lines is not None:
            fields["lines"] = lines
        return self._emit("block", t_ns, fields)

    def job_submitted(self, *, job: int, mode: Literal["thread", "process"], function: str, worker: str,
                      task: str | None, line: int | None, start: float, t_ns: int | None = None) -> Event:
        return self._emit("job_submitted", t_ns, {"job": job, "mode": mode, "function": function,
                                                  "worker": worker, "task": task, "line": line,
                                                  "start": start})

    def job_started(self, *, job: int, worker: str, t_ns: int | None = None) -> Event:
        return self._emit("job_started", t_ns, {"job": job, "worker": worker})

    def job_slept(self, *, job: int, worker: str, duration: float, line: int | None,
                  t_ns: int | None = None) -> Event:
        return self._emit("job_slept", t_ns, {"job": job, "worker": worker, "duration": duration,
                                              "line": line})

    def job_computed(self, *, job: int, worker: str, duration: float, line: int | None,
                     t_ns: int | None = None) -> Event:
        return self._emit("job_computed", t_ns, {"job": job, "worker": worker, "duration": duration,
                                                 "line": line})

    def job_waited(self, *, job: int, worker: str, duration: float, reason: Literal["gil", "core"],
                   line: int | None, t_ns: int | None = None) -> Event:
        return self._emit("job_waited", t_ns, {"job": job, "worker": worker, "duration": duration,
                                               "reason": reason, "line": line})

    def job_ended(self, *, job: int, worker: str, state: Literal["ok", "error"], exception: str | None,
                  t_ns: int | None = None) -> Event:
        return self._emit("job_ended", t_ns, {"job": job, "worker": worker, "state": state,
                                              "exception": exception})

    def output(self, *, stream: Stream, text: str, task: str | None,
               thread: str | None, t_ns: int | None = None) -> Event:
        return self._emit("output", t_ns, {"stream": stream, "text": text, "task": task,
                                           "thread": thread})

    def deadlock(self, *, message: str, tasks: list[dict[str, Any]], t_ns: int | None = None) -> Event:
        return self._emit("deadlock", t_ns, {"message": message, "tasks": tasks})

    def limit(self, *, type: str, message: str, t_ns: int | None = None) -> Event:
        return self._emit("limit", t_ns, {"type": type, "message": message})

    # --- the loop's hooks ------------------------------------------------------
    def on_created(self, task: Task[Any], line: int | None) -> None:
        coro = task.get_coro()
        code = getattr(coro, "cr_code", None)
        self._known.add(id(task))
        self.task_created(task=task.get_name(), coro=coro_call_repr(coro), parent=current_task_name(),
                          line=line, internal=code is None or code.co_filename != self.st.filename)
        if task in self._early:
            self._early.remove(task)
            self.ready(task=task.get_name())

    def on_ready(self, task: Task[Any]) -> None:
        if id(task) not in self._known:
            # Task() schedules its first step before create_task() returns: report
            # it right after task_created so every lane starts with its creation.
            self._early.append(task)
            return
        self._check_cancel(task)
        self.ready(task=task.get_name())

    def _check_cancel(self, task: Task[Any]) -> None:
        try:
            n = task.cancelling()
        except Exception:
            return
        if n != self._cancels.get(id(task), 0):
            if n > self._cancels.get(id(task), 0):
                self.cancel_requested(task=task.get_name(), by=current_task_name())
            self._cancels[id(task)] = n

    def on_step(self, task: Task[Any]) -> None:
        self._check_cancel(task)
        first = id(task) not in self._started
        if first:
            self._started.add(id(task))
        self.task_step(task=task.get_name(), phase="start" if first else "resume")

    def after_step(self, task: Task[Any]) -> None:
        name = task.get_name()
        if task.done():
            self._started.discard(id(task))
            self._known.discard(id(task))
            self._cancels.pop(id(task), None)
            if task.cancelled():
                self.task_done(task=name, state="cancelled", exception=None)
            else:
                # Not task.exception(): that marks the error as retrieved, and asyncio
                # would no longer log "Task exception was never retrieved".
                exc = getattr(task, "_exception", None)
                self.task_done(task=name, state="ok" if exc is None else "error",
                               exception=None if exc is None else type(exc).__name__)
        else:
            line, awaiting = describe_wait(task, self.st)
            self.task_suspended(task=name, line=line, awaiting=awaiting)

    def on_block(self, start_ns: int, ns: int, line: int | tuple[int | None, int | None] | None,
                 reason: BlockReason, task: str | None | Literal[False] = False) -> None:
        """The main thread held the loop for `ns` from `start_ns`; `line` may be the
        (first, last) lines of a finished step; `task` False: the current task."""
        if isinstance(line, tuple):  # (first, last) lines of a finished step
            first, line = line
        else:
            first = line
        name = current_task_name() if task is False else task
        last = self.events[-1] if self.events else None
        if (reason in COMPUTING and last is not None and last["kind"] == "block"
                and last["reason"] == reason and last["task"] == name
                and round(last["t"] + last["duration"], 9) == seconds(start_ns)):
            # Back-to-back blocks (the rule: schema.ts, `block`): the same computation,
            # split by clock reads, with nothing recorded in between: one event.
            last["duration"] = round(last["duration"] + ns / 1e9, 9)
            lines = [v for v in (*last.get("lines", ()), last["line"], first, line) if v is not None]
            last["line"] = line if line is not None else last["line"]
            if len(set(lines)) > 1:
                last["lines"] = [min(lines), max(lines)]
            return
        span = None
        if reason in ("cpu", "gil") and first is not None and line is not None and first != line:
            span = [min(first, line), max(first, line)]
        self.block(task=name, duration=seconds(ns), line=line, reason=reason, lines=span, t_ns=start_ns)
