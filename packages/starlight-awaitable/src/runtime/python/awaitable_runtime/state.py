"""Per-run state shared by the loop, the clock, the executors and the I/O capture.

One RunState is active at a time (`current()`); run_program creates a fresh one
per run so nothing leaks from run N into run N+1.
"""
from __future__ import annotations

import itertools
import sys
import weakref
from typing import TYPE_CHECKING, Any, Literal

from asyncio import events as _events

from . import cpu as _cpu
from . import wording
from .errors import RuntimeLimitError, VirtualTimeLimitExceeded

if TYPE_CHECKING:  # types only: these modules import this one
    from .cpu import Cores, CpuMeter
    from .executors import Job
    from .io import OutputSink
    from .trace import BlockReason, Recorder

_HANDLE_RUN_CODE = _events.Handle._run.__code__
_current: RunState | None = None


def current() -> RunState | None:
    return _current


def require() -> RunState:
    """The active run's state, where code only runs during a run (simulated pools)."""
    if _current is None:
        raise RuntimeError("no Awaitable run is active")
    return _current


def activate(st: RunState | None) -> RunState | None:
    global _current
    prev = _current
    _current = st
    return prev


def deactivate(prev: RunState | None) -> None:
    global _current
    _current = prev


class RunState:
    def __init__(self, filename: str = "main.py", *, max_virtual_time: float | None = None,
                 max_idle_iterations: int | None = None, tracer: Recorder | None = None,
                 simulated: bool = True) -> None:
        self.filename = filename
        self.now_ns = 0  # the main timeline's virtual clock, in nanoseconds
        self.waited_ns = 0  # how much of now_ns was waiting, not CPU work (idle-loop limit)
        self.max_ns: int | None = None if max_virtual_time is None else round(max_virtual_time * 1e9)
        self.max_virtual_time = max_virtual_time
        self.max_idle = max_idle_iterations
        self.tracer: Recorder | None = tracer
        self.full_traceback = False
        self.simweb_stats: Any = None  # simweb._Stats of this run, made on first use
        self.uncaught: BaseException | None = None  # kept until the final clean-up (runner.py)
        # simulated=False (install() mode) keeps real threads working: the loop
        # then waits for real call_soon_threadsafe wake-ups instead of declaring deadlock.
        self.simulated = simulated
        self.fatal: RuntimeLimitError | None = None  # first RuntimeLimitError of the run; reported no matter what
        self.in_program = True   # False once the program (and its checks) are done: cleaning up
        self.stop_loops: BaseException | None = None  # sticky error: every loop iteration re-raises it
        self.task_counter = itertools.count(1)
        self.task_seq: weakref.WeakKeyDictionary[Any, int] = weakref.WeakKeyDictionary()  # task -> creation order
        self.task_order = itertools.count()
        self.last_job: Job | None = None  # set by simulated submit(), read by run_in_executor
        self.pool_counter = itertools.count()       # ThreadPoolExecutor-N_ numbering
        self.process_counter = itertools.count(1)   # simulated process names
        self.job_counter = itertools.count(1)
        self.thread_counter = itertools.count(1)    # simulated threading.Thread idents
        self.thread_jobs: list[Job] = []  # jobs of the threading.Thread objects started (threads.py)
        self.job: Job | None = None  # the simulated thread/process job running right now
        self.job_futures: weakref.WeakKeyDictionary[Any, Job] = weakref.WeakKeyDictionary()  # asyncio future -> job (for the trace)
        self.loops: weakref.WeakSet[Any] = weakref.WeakSet()  # loops created during the run (closed at the end)
        self.writer: OutputSink | None = None  # io.OutputSink
        # CPU time (cpu.py): None when the run counts no CPU time.
        self.cpu: CpuMeter | None = None  # cpu.CpuMeter
        self.gil: Cores | None = None  # cpu.Cores(1): who holds the simulated GIL when
        self.cores: Cores | None = None  # cpu.Cores(n): simulated processes' cores
        self.cpu_context: tuple[Any, Any] | None = None  # (task name, lines) of the loop step being finished
        self.step_line: int | None = None  # learner line the running task step started from (traced runs)
        # How CPython on Linux times things, which matters once code takes time (CPU time
        # on): the loop wakes on whole milliseconds and takes every timer then due, equal
        # deadlines pop in heap order, and each clock read is later than the one before.
        # Off in pure virtual time, where ties go first come, first served.
        self.epoll_timing = False
        self.last_read_ns = -1   # the main clock's last reading (reads strictly increase)
        self.last_wall = 0.0     # the last time.time() value returned

    # --- clock -------------------------------------------------------
    def flush_cpu(self, at_least: int = 0) -> None:
        """Charge the CPU time the learner's code used since the last flush to
        whoever ran it (the loop's thread, a simulated thread or a process).
        `at_least`: leave it pending unless it is at least that many ns."""
        meter = self.cpu
        if meter is None:
            return
        ns = meter.take_ns(at_least)
        if ns:
            charge_cpu(self, ns)

    def clock_ns(self) -> int:
        """Virtual now as seen by the caller: a job sees its own thread clock."""
        self.flush_cpu()
        job = self.job
        return job.ns if job is not None else self.now_ns

    def read_ns(self) -> int:
        """The clock as a program reads it: like clock_ns(), but with CPU time on each
        read is strictly later than the one before (a real clock read takes time too),
        so a deadline computed from an earlier read is earlier, as in CPython."""
        self.flush_cpu()
        job = self.job
        if job is None:
            now = self.now_ns
            if self.epoll_timing:
                if now <= self.last_read_ns:
                    now = self.now_ns = self.last_read_ns + 1
                self.last_read_ns = now
            return now
        if self.epoll_timing:
            if job.ns <= job.last_read_ns:
                job.ns = job.last_read_ns + 1
            job.last_read_ns = job.ns
        return job.ns

    def advance_read(self, ns: int) -> None:
        """Move the reader's clock to at least `ns` (time.time(): a float's step is
        coarser than a nanosecond at today's date)."""
        job = self.job
        if job is not None:
            job.ns = job.last_read_ns = max(job.ns, ns)
        else:
            self.now_ns = self.last_read_ns = max(self.now_ns, ns)

    def release_threads(self) -> None:
        """Release what threads started outside an event loop did up to the main
        clock (nothing else moves it for them), in time order across threads."""
        t = self.now_ns
        jobs = [job for job in self.thread_jobs if job.loop is None and not job.completed]
        while jobs:
            nexts = [(job.timeline[job.pos][0], i) for i, job in enumerate(jobs)
                     if job.pos < len(job.timeline) and job.timeline[job.pos][0] <= t]
            if not nexts:
                break
            at, i = min(nexts)
            jobs[i].release_until(at, complete=False)
        for job in jobs:
            if t >= job.end_ns:
                job.complete()

    def learner_line(self, depth: int = 2) -> int | None:
        """Line in the learner's file of the innermost learner frame calling us.

        The walk stops at the event loop's callback boundary (Handle._run) and at
        a simulated job's entry, so a line always belongs to the current step."""
        try:
            f = sys._getframe(depth)
        except ValueError:
            return None
        filename = self.filename
        stop = self.job.entry_frame if self.job is not None else None
        while f is not None and f is not stop:
            code = f.f_code
            if code.co_filename == filename:
                return f.f_lineno
            if code is _HANDLE_RUN_CODE:
                return None
            f = f.f_back
        return None

    def set_fatal[E: RuntimeLimitError](self, exc: E, sticky: bool = False) -> E:
        if self.fatal is None:
            self.fatal = exc
        if sticky:
            self.stop_loops = exc
        return exc


# --- the loop's thread held (time.sleep, blocking calls, CPU work) ------------
# Here, below clock.py, because RunState.flush_cpu needs charge_cpu: clock.py imports
# this module, never the other way round.

def time_limit_error(st: RunState) -> VirtualTimeLimitExceeded:
    assert st.max_virtual_time is not None  # only raised when there is a limit
    return VirtualTimeLimitExceeded(wording.time_limit(st.max_virtual_time))


def block(st: RunState, ns: int, line: Any, reason: BlockReason, task: str | None | Literal[False] = False) -> None:
    """The main thread holds the loop for `ns`: the clock moves, nothing else runs."""
    start = st.now_ns
    end = start + ns
    if st.max_ns is not None and end > st.max_ns:
        st.now_ns = max(start, st.max_ns)
        raise st.set_fatal(time_limit_error(st))
    st.now_ns = end
    if reason != "cpu":
        st.waited_ns += ns
    if st.tracer is not None and ns:
        st.tracer.on_block(start, ns, line, reason, task)
    if st.thread_jobs and reason != "cpu":
        st.release_threads()


def charge_cpu(st: RunState, ns: int) -> None:
    """`ns` of CPU work by the learner's code, on whichever thread ran it."""
    job = st.job
    line = st.learner_line(3) if st.tracer is not None else None
    if job is not None:
        job.compute(ns, line)
        return
    task = False  # False: the block event names the current task itself
    if st.cpu_context is not None:  # a finished loop step: its task and lines
        task, line = st.cpu_context
    elif st.step_line is not None and line is not None:
        # Part-way through a task step: from where the step (or the last charge) began.
        line, st.step_line = (st.step_line, line), line
    gil = st.gil
    start = st.now_ns
    if gil is None or not gil.busy_after(start):
        block(st, ns, line, "cpu", task)
    elif ns <= _cpu.SWITCH_INTERVAL_NS:
        # A short step (the loop's usual kind) gets the GIL after at most one switch
        # interval, as in CPython; the thread's booked time is not pushed back.
        wait = min(gil.free_at(start) - start, _cpu.SWITCH_INTERVAL_NS)
        if wait > 0:
            block(st, wait, line, "gil", task)
        block(st, ns, line, "cpu", task)
    else:
        t = start
        for begin, end in gil.book(start, ns):
            if begin > t:
                block(st, begin - t, line, "gil", task)
            block(st, end - begin, line, "cpu", task)
            t = end
