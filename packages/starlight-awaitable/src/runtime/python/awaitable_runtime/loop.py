# pyright: reportAttributeAccessIssue=false
# (This module subclasses asyncio.BaseEventLoop and uses its private members — _ready,
# _scheduled, _check_closed… — which typeshed does not declare.)
"""VirtualEventLoop: CPython's own event loop driven by a virtual clock.

We subclass asyncio.BaseEventLoop and keep CPython's `_run_once`, so debug mode,
slow-callback warnings and every high-level API behave exactly as in CPython.
`_run_once` asks the selector to wait; our fake selector instead *jumps the
clock* to the next timer. When nothing is ready and no timer is left, no task
can ever wake up: that is a deadlock, which we report instead of hanging.
"""
from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time as _time
from collections.abc import Callable, Coroutine
from concurrent.futures import Executor
from contextvars import Context
from typing import Any

from asyncio import Future, Task, base_events, events, futures

from . import errors as _errors
from . import wording
from . import state as _state
from .deadlock import deadlock_error
from .errors import IdleLoopLimitExceeded
from .clock import time_limit_error
from .base_tasks import current_task_name, is_task
from .trace import TimerPurpose, seconds

try:
    from asyncio.timeouts import Timeout as _Timeout
except ImportError:  # pragma: no cover
    _Timeout = None

_MS = 1_000_000  # ns: the selector's timeout unit on Linux
_real_sleep = _time.sleep
_real_monotonic = _time.monotonic
_default_state: _state.RunState | None = None


def _get_state() -> _state.RunState:
    st = _state.current()
    if st is None:
        # A loop made outside run_program()/install(): give it its own clock.
        global _default_state
        if _default_state is None:
            _default_state = _state.RunState("<none>", simulated=False)
        st = _default_state
    return st


class _FakeSelector:
    """Stands in for selectors.DefaultSelector: `select` moves virtual time."""

    __slots__ = ("_loop",)

    def __init__(self, loop: VirtualEventLoop) -> None:
        self._loop = loop

    def select(self, timeout: float | None = None) -> tuple[()]:
        return self._loop._virtual_select(timeout)

    def close(self) -> None:
        pass

    def get_map(self) -> dict[object, object]:
        return {}


class VTimerHandle(events.TimerHandle):
    """Timer ordered by (deadline in ns, tie): `tie` is the scheduling order in pure
    virtual time, where deadlines armed at different moments can coincide, so ties
    go first come, first served. With CPU time on every clock read is later than the
    one before, so only deadlines given as the very same value coincide, and `tie`
    is 0: the timer heap then orders them as CPython's does (by `when` alone)."""

    __slots__ = ("_when_ns", "_seq", "_tie")

    def __init__(self, when_ns: int, seq: int, tie: int, callback: Callable[..., object], args: tuple[Any, ...],
                 loop: events.AbstractEventLoop, context: Context | None) -> None:
        super().__init__(when_ns / 1e9, callback, args, loop, context)
        self._when_ns = when_ns
        self._seq = seq
        self._tie = tie

    def __lt__(self, other: events.TimerHandle) -> bool:
        return (self._when_ns, self._tie) < (other._when_ns, other._tie)

    def __le__(self, other: events.TimerHandle) -> bool:
        return (self._when_ns, self._tie) <= (other._when_ns, other._tie)

    def __gt__(self, other: events.TimerHandle) -> bool:
        return (self._when_ns, self._tie) > (other._when_ns, other._tie)

    def __ge__(self, other: events.TimerHandle) -> bool:
        return (self._when_ns, self._tie) >= (other._when_ns, other._tie)

    def _run(self) -> None:
        loop = self._loop
        tracer = loop._tracer
        if tracer is not None:
            tracer.timer_fired(timer=self._seq)
        super()._run()
        loop._vstate.flush_cpu()


def _frame_line(task: Task[Any], filename: str) -> int | None:
    """Line the task's coroutine is at, if it is in the learner's file."""
    frame = getattr(task.get_coro(), "cr_frame", None)
    if frame is not None and frame.f_code.co_filename == filename:
        return frame.f_lineno
    return None


class _StepHandle(events.Handle):
    """Handle that charges the CPU time of the callback it runs to that step, and
    reports the task step (when tracing). Used when tracing or counting CPU time."""

    __slots__ = ()

    def _run(self) -> None:
        loop = self._loop
        st = loop._vstate
        tracer = loop._tracer
        task = getattr(self._callback, "__self__", None)
        if tracer is None or task is None or not is_task(task):
            task = None
            super()._run()
            # Like CPython's Handle._run: a failed step's traceback keeps this frame
            # alive, and the frame must not keep the task (and its exception) alive,
            # or "Task exception was never retrieved" would wait for the cyclic GC.
            self = None
            st.cpu_context = (False, None)  # not a task step: no lines to show
            try:
                st.flush_cpu()
            finally:
                st.cpu_context = None
            return
        tracer.on_step(task)
        first = _frame_line(task, st.filename) if st.cpu is not None else None
        st.step_line = first
        try:
            super()._run()
        finally:
            first = st.step_line or first  # moved on if the step was charged part-way
            st.step_line = None
            if st.cpu is not None:
                last = _frame_line(task, st.filename) if not task.done() else None
                st.cpu_context = (task.get_name(), (first or last, last or first))
                try:
                    st.flush_cpu()
                finally:
                    st.cpu_context = None
            tracer.after_step(task)
            task = self = None  # see above: break the frame -> task cycle


def _purpose(callback: Callable[..., object]) -> TimerPurpose:
    if callback is futures._set_result_unless_cancelled:
        return "sleep"
    owner = getattr(callback, "__self__", None)
    purpose = getattr(owner, "timer_purpose", None)  # simulated thread/process job
    if purpose is not None:
        return purpose
    if _Timeout is not None and isinstance(owner, _Timeout):
        return "timeout"
    return "callback"


_logger = logging.getLogger("asyncio")


class VirtualEventLoop(base_events.BaseEventLoop):
    def __init__(self) -> None:
        super().__init__()
        st = _get_state()
        self._vstate = st
        self._selector = _FakeSelector(self)
        self._clock_resolution = 1e-9
        self._tracer = st.tracer
        self._timer_seq = itertools.count(1)
        self._event_timers: list[tuple[int, int, VTimerHandle]] = []  # heap of (when_ns, seq, timer) made by call_at_event
        self._event_ties = False  # True while call_at_event schedules (FIFO ties)
        self._idle = 0
        self._last_ns = -1
        self._muted = False
        st.loops.add(self)

    # --- time ------------------------------------------------------------
    def time(self) -> float:
        st = self._vstate
        if st.job is not None:  # called from a simulated thread: the loop's clock anyway
            st.flush_cpu()
            return st.now_ns / 1e9
        return st.read_ns() / 1e9

    def _virtual_select(self, timeout: float | None) -> tuple[()]:
        st = self._vstate
        if st.stop_loops is not None:
            raise st.stop_loops
        writer = st.writer
        if writer is not None and writer.held is not None:
            writer.flush_held()
        if timeout is None:
            if not st.simulated and self._wait_for_threads():
                return ()
            err = deadlock_error(self, st)
            if self._tracer is not None:
                self._tracer.deadlock(message=str(err), tasks=err.details)
            raise st.set_fatal(err)
        if timeout > 0 and self._scheduled:
            when_ns = self._scheduled[0]._when_ns
            now = st.now_ns
            if when_ns > now:
                if not st.simulated and threading.active_count() > 1:
                    self._wait_for_threads(0.002)  # let real threads (install mode) report
                    if self._ready:
                        return ()
                if st.max_ns is not None and when_ns > st.max_ns:
                    raise st.set_fatal(time_limit_error(st))
                wake_ns = when_ns
                if st.epoll_timing:
                    # EpollSelector.select waits whole milliseconds, rounded up
                    # (math.ceil(timeout * 1e3) * 1e-3); _run_once then runs every timer
                    # due by the time it wakes, in one batch (see README: Timers).
                    wake_ns = now - (now - when_ns) // _MS * _MS
                    if st.max_ns is not None and wake_ns > st.max_ns:
                        wake_ns = max(when_ns, st.max_ns)
                    wake_ns = self._first_event_before(wake_ns)
                if self._tracer is not None:
                    self._tracer.loop_idle(from_=seconds(now), to=seconds(wake_ns))
                st.waited_ns += wake_ns - now
                st.now_ns = wake_ns
                if st.thread_jobs:
                    st.release_threads()  # threads started before the loop ran
        # CPU work moves the clock too, but a task spinning on sleep(0) never waits.
        if st.waited_ns == self._last_ns:
            self._idle += 1
            if st.max_idle is not None and self._idle > st.max_idle:
                self._idle = 0
                raise st.set_fatal(IdleLoopLimitExceeded(wording.idle_limit(st.max_idle)))
        else:
            self._idle = 0
            self._last_ns = st.waited_ns
        return ()

    def call_at_event(self, when: float, callback: Callable[..., object], *args: Any) -> VTimerHandle:
        """A timer standing for an I/O event: a simulated thread's call_soon_threadsafe
        or completion, which in CPython writes to the loop's self-pipe and wakes the
        selector at once, not at the next millisecond. Events at the same instant are
        delivered in the order they happened (threads started one after another)."""
        self._event_ties = True
        try:
            timer = self.call_at(when, callback, *args)
        finally:
            self._event_ties = False
        heapq.heappush(self._event_timers, (timer._when_ns, timer._seq, timer))
        return timer

    def _first_event_before(self, wake_ns: int) -> int:
        """`wake_ns`, or the instant of an earlier pending event timer."""
        events = self._event_timers
        while events and (events[0][2]._cancelled or not events[0][2]._scheduled):
            heapq.heappop(events)
        if events and events[0][0] < wake_ns:
            return events[0][0]
        return wake_ns

    def _wait_for_threads(self, limit: float = 30.0) -> bool:
        """install() mode only: real threads may still call call_soon_threadsafe."""
        deadline = _real_monotonic() + limit
        while not self._ready:
            if threading.active_count() <= 1 or _real_monotonic() > deadline:
                break
            _real_sleep(0.0005)
        return bool(self._ready)

    def _process_events(self, event_list: object) -> None:
        pass

    def _write_to_self(self) -> None:
        pass

    # --- scheduling ---------------------------------------------------------
    def call_at(self, when: float, callback: Callable[..., object], *args: Any,
                context: Context | None = None) -> VTimerHandle:
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, "call_at")
        try:
            when_ns = round(when * 1e9)
        except OverflowError:  # sleep(float("inf")): a timer that never fires
            when_ns = 1 << 80
        seq = next(self._timer_seq)
        fifo = self._event_ties or not self._vstate.epoll_timing
        timer = VTimerHandle(when_ns, seq, seq if fifo else 0, callback, args, self, context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        if self._tracer is not None:
            self._tracer.timer_scheduled(timer=seq, when=seconds(when_ns), purpose=_purpose(callback),
                                         task=current_task_name())
        return timer

    def _timer_handle_cancelled(self, handle: events.TimerHandle) -> None:
        super()._timer_handle_cancelled(handle)
        if self._tracer is not None and handle._scheduled and isinstance(handle, VTimerHandle):
            self._tracer.timer_cancelled(timer=handle._seq)

    def _call_soon(self, callback: Callable[..., object], args: tuple[Any, ...],
                   context: Context | None) -> events.Handle:
        if self._tracer is None and self._vstate.cpu is None:
            return super()._call_soon(callback, args, context)
        handle = _StepHandle(callback, args, self, context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        self._ready.append(handle)
        self._note_ready(handle)
        return handle

    def _note_ready(self, handle: events.Handle) -> None:
        if self._tracer is not None:
            task = getattr(handle._callback, "__self__", None)
            if task is not None and is_task(task):
                self._tracer.on_ready(task)

    def call_soon_threadsafe(self, callback: Callable[..., object], *args: Any,
                             context: Context | None = None) -> events.Handle:
        job = self._vstate.job
        if job is not None:  # from a simulated thread: released at the job's instant
            self._check_closed()
            return job.call_soon_threadsafe(self, callback, args, context)
        return super().call_soon_threadsafe(callback, *args, context=context)

    def create_task[T](self, coro: Coroutine[Any, Any, T], **kwargs: Any) -> Task[T]:
        st = self._vstate
        if kwargs.get("name") is None:
            # C _asyncio's counter is process-global; number tasks per run instead.
            kwargs["name"] = "Task-%d" % next(st.task_counter)
        task = super().create_task(coro, **kwargs)
        tb = getattr(task, "_source_traceback", None)
        if tb:
            del tb[-1]  # our frame: debug reprs should say "created at runners.py"
        try:
            st.task_seq[task] = next(st.task_order)
        except TypeError:
            pass
        if self._tracer is not None:
            self._tracer.on_created(task, st.learner_line(2))
        return task

    def run_in_executor[T](self, executor: Executor | None, func: Callable[..., T], *args: Any) -> Future[T]:
        st = self._vstate
        st.last_job = None
        fut = super().run_in_executor(executor, func, *args)
        if st.last_job is not None:
            st.job_futures[fut] = st.last_job
        return fut

    async def shutdown_default_executor(self, timeout: float | None = None) -> None:
        executor = self._default_executor
        if executor is None or not hasattr(executor, "_latest_end_ns"):
            return await super().shutdown_default_executor(timeout)
        # Simulated pool: wait (virtually) for its jobs, then shut it down; no thread.
        self._executor_shutdown_called = True
        delay = (executor._latest_end_ns() - self._vstate.now_ns) / 1e9
        if delay > 0:
            fut = self.create_future()
            self.call_later(delay, futures._set_result_unless_cancelled, fut, None)
            await fut
        executor.shutdown(wait=False)

    def call_exception_handler(self, context: dict[str, Any]) -> None:
        if self._muted:
            return
        super().call_exception_handler(context)

    def default_exception_handler(self, context: dict[str, Any]) -> None:
        """asyncio's, with tracebacks filtered like the learner's own (no runtime
        frames, asyncio internals collapsed)."""
        full = getattr(self._vstate, "full_traceback", False)
        lines = [context.get("message") or "Unhandled exception in event loop"]
        if ("source_traceback" not in context and self._current_handle is not None
                and self._current_handle._source_traceback):
            context["handle_traceback"] = self._current_handle._source_traceback
        for key in sorted(context):
            if key in {"message", "exception"}:
                continue
            value = context[key]
            if key in ("source_traceback", "handle_traceback"):
                what = "Object" if key == "source_traceback" else "Handle"
                value = "%s created at (most recent call last):\n%s" % (
                    what, _errors.format_stack(value, full).rstrip())
            else:
                value = repr(value)
            lines.append("%s: %s" % (key, value))
        exception = context.get("exception")
        if exception is not None:
            lines.append(_errors.format_exception(exception, full).rstrip("\n"))
        _logger.error("\n".join(lines))


# Named BaseDefaultEventLoopPolicy up to 3.13, _BaseDefaultEventLoopPolicy from 3.14.
_BasePolicy = getattr(events, "_BaseDefaultEventLoopPolicy", None) or events.BaseDefaultEventLoopPolicy


class VirtualEventLoopPolicy(_BasePolicy):  # pyright: ignore[reportGeneralTypeIssues]
    """Routes get_event_loop()/new_event_loop() to VirtualEventLoop (3.12–3.15)."""

    _loop_factory = VirtualEventLoop


def new_event_loop() -> VirtualEventLoop:
    return VirtualEventLoop()
