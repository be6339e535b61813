"""Simulated ThreadPoolExecutor / ProcessPoolExecutor.

Pyodide has no threads or processes, and real threads would make timing
nondeterministic anyway. A submitted job gets a worker (an idle one, a new one up
to max_workers, or else the one that frees first: that models queueing) and runs
*eagerly*, at submit time, with its own thread-local clock starting at its start
instant. Its time.sleep advances only that clock. Everything it does that others
can see (prints, call_soon_threadsafe, completion) is recorded on the job's
timeline and released into the main timeline when the virtual clock gets there.
Processes round-trip the call and the result through pickle, like CPython.

CPU work (cpu.py) in a thread needs the simulated GIL, in a process one of
SIMULATED_CPU_COUNT cores; both are booked first come, first served.

Known limits: a job sees shared state as it was when it was submitted; it cannot
wait for the event loop; cancelling a queued job cannot undo its side effects.
"""
from __future__ import annotations

import concurrent.futures as _cf
import os
import pickle
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures._base import DoneAndNotDoneFutures
from functools import partial
from typing import TYPE_CHECKING, Any, Literal, cast

from asyncio import events as _events

from . import clock as _clock
from . import wording
from . import state as _state
from .base_tasks import current_task_name
from .errors import DeadlockError, ThreadWaitsForLoop
from .trace import seconds

if TYPE_CHECKING:
    from contextvars import Context
    from types import FrameType

    from .state import RunState
    from .trace import BlockReason, Stream

JobKind = Literal["thread", "process"]
# A job's timeline entry: (t_ns, action, payload); the payload's type depends on the action
# ("event": a bound Recorder method, "output": (stream, text), "call": (loop, handle)).
TimelineEntry = tuple[int, Literal["event", "output", "call"], Any]

SIMULATED_CPU_COUNT = 4  # what os.cpu_count() returns during a run
NOT_ENDED = -1  # Job.end_ns while the job is still running

_RealFuture = _cf.Future
_real_wait = _cf.wait
_real_as_completed = _cf.as_completed


class _FakeThread(threading.Thread):
    """What threading.current_thread() returns inside a job."""

    def __init__(self, name: str, ident: int) -> None:
        super().__init__(name=name, daemon=True)
        self._fake_ident = ident

    @property
    def ident(self) -> int:
        return self._fake_ident

    @property
    def native_id(self) -> int:
        return self._fake_ident

    def is_alive(self) -> bool:
        return True

    def __repr__(self) -> str:
        return "<Thread(%s, started daemon %d)>" % (self.name, self._fake_ident)


def _unwrap(fn: Callable[..., object]) -> Callable[..., object]:
    while isinstance(fn, partial):
        if getattr(fn.func, "__name__", "") == "run" and fn.args:
            fn = fn.args[0]  # asyncio.to_thread: partial(context.run, func, ...)
        else:
            fn = fn.func
    return fn


def _fn_name(fn: Callable[..., object]) -> str:
    fn = _unwrap(fn)
    return getattr(fn, "__qualname__", None) or type(fn).__name__


def _fn_line(fn: Callable[..., object], filename: str) -> int | None:
    """The line of the job's function in the learner's file (for its CPU segments)."""
    code = getattr(_unwrap(fn), "__code__", None)
    return code.co_firstlineno if code is not None and code.co_filename == filename else None


class Job:
    def __init__(self, st: RunState, kind: JobKind, fn: Callable[..., object], worker: str, worker_index: int,
                 start_ns: int, loop: _events.AbstractEventLoop | None) -> None:
        self.st = st
        self.id = next(st.job_counter)
        self.kind: JobKind = kind
        self.fn_name = _fn_name(fn)
        self.fn_line = _fn_line(fn, st.filename)
        self.worker = worker
        self.worker_index = worker_index
        self.start_ns = start_ns
        self.ns = start_ns          # the job's own clock
        self.last_read_ns = -1      # its last reading by the program (see RunState.read_ns)
        self.end_ns = NOT_ENDED     # set when it has run (it runs eagerly, at submit)
        self.loop = loop            # main-thread loop the timeline is released into
        self.timeline: list[TimelineEntry] = []  # [(t_ns, action, payload)] in time order
        self.pos = 0
        self.future = SimFuture()
        self.future._job = self
        self.completed = False
        self.entry_frame: FrameType | None = None
        self.result: object = None
        self.exception: BaseException | None = None
        self.thread: threading.Thread | None = None  # the threading.Thread it runs, if any (threads.py)

    @property
    def timer_purpose(self) -> JobKind:
        return self.kind

    # --- things the job does while it runs ------------------------------
    def sleep(self, ns: int, line: int | None) -> None:
        st = self.st
        start = self.ns
        self.ns += ns
        if st.max_ns is not None and self.ns > st.max_ns:
            raise st.set_fatal(_clock.time_limit_error(st))
        if st.tracer is not None:
            self.timeline.append((start, "event", partial(
                st.tracer.job_slept, job=self.id, worker=self.worker, duration=seconds(ns), line=line)))

    def compute(self, ns: int, line: int | None) -> None:
        """CPU work: a thread needs the GIL, a process one of the simulated cores."""
        st = self.st
        thread = self.kind == "thread"
        cores = st.gil if thread else st.cores
        assert cores is not None  # both are set for every run that counts CPU time
        line = line or self.fn_line  # charged after the function returned: point at it
        t = self.ns
        for start, end in cores.book(t, ns):
            if st.tracer is not None:
                if start > t:
                    self.timeline.append((t, "event", partial(
                        st.tracer.job_waited, job=self.id, worker=self.worker, duration=seconds(start - t),
                        reason="gil" if thread else "core", line=line)))
                self.timeline.append((start, "event", partial(
                    st.tracer.job_computed, job=self.id, worker=self.worker, duration=seconds(end - start),
                    line=line)))
            t = end
        self.ns = t
        if st.max_ns is not None and t > st.max_ns:
            raise st.set_fatal(_clock.time_limit_error(st))

    def output(self, stream: Stream, text: str) -> None:
        self.timeline.append((self.ns, "output", (stream, text)))

    def call_soon_threadsafe(self, loop: _events.AbstractEventLoop, callback: Callable[..., object],
                             args: tuple[Any, ...], context: Context | None) -> _events.Handle:
        self.st.flush_cpu()
        handle = _events.Handle(callback, args, loop, context)
        self.timeline.append((self.ns, "call", (loop, handle)))
        return handle

    # --- running ----------------------------------------------------------
    def run(self, fn: Callable[..., object], args: Iterable[Any], kwargs: dict[str, Any],
            initializer: Callable[..., object] | None = None, initargs: Iterable[Any] = ()) -> None:
        st = self.st
        if st.tracer is not None:
            self.timeline.append((self.start_ns, "event", partial(
                st.tracer.job_started, job=self.id, worker=self.worker)))
        st.flush_cpu()  # the submitter's own work so far is not the job's
        prev_job = st.job
        st.job = self
        self.entry_frame = sys._getframe()
        # threading.current_thread() looks the caller up in threading._active by
        # thread id; pointing the main thread's entry at a stand-in makes every
        # caller (learner code, logging's threadName…) see the worker thread.
        active = getattr(threading, "_active", None)
        ident = threading.get_ident()
        real_thread = active.get(ident) if active is not None else None
        saved_pid = os.getpid
        if self.kind == "thread":
            if active is not None:
                active[ident] = self.thread or _FakeThread(self.worker, 1000 + self.worker_index)
        else:
            os.getpid = lambda: 2000 + self.worker_index
        try:
            if initializer is not None:
                initializer(*initargs)
            result = fn(*args, **kwargs)
            if self.kind == "process":
                result = pickle.loads(pickle.dumps(result))
            self.result = result
        except BaseException as exc:  # CPython's workers catch everything too
            self.exception = exc
        finally:
            try:
                st.flush_cpu()
            except BaseException as exc:  # the time limit, hit while computing
                self.exception = self.exception or exc
            if active is not None and real_thread is not None:
                active[ident] = real_thread
            os.getpid = saved_pid
            st.job = prev_job
        self.end_ns = self.ns
        if st.tracer is not None:
            exc = self.exception
            self.timeline.append((self.end_ns, "event", partial(
                st.tracer.job_ended, job=self.id, worker=self.worker, state="ok" if exc is None else "error",
                exception=None if exc is None else type(exc).__name__)))

    def schedule(self) -> None:
        """Release the timeline into the main loop at the right instants."""
        loop = self.loop
        if loop is None or loop.is_closed():
            self.release_until(None, complete=False)  # no loop: visible at once
            return
        instants = sorted({t for t, _, _ in self.timeline} | {self.end_ns})
        at = getattr(loop, "call_at_event", loop.call_at)  # a foreign loop has no events
        for t in instants:
            at(t / 1e9, self._release_at, t)

    def _release_at(self, t: int) -> None:
        self.release_until(t, complete=(t >= self.end_ns))

    def release_until(self, t: int | None, complete: bool = True) -> None:
        st = self.st
        tl = self.timeline
        while self.pos < len(tl) and (t is None or tl[self.pos][0] <= t):
            at, action, payload = tl[self.pos]
            self.pos += 1
            if action == "output":
                if st.writer is not None:
                    st.writer.emit(payload[0], payload[1], at, None, self.worker)
            elif action == "event":
                if st.tracer is not None:
                    payload(t_ns=at)  # a Recorder method with the job's fields bound (see above)
            elif action == "call":
                loop, handle = payload
                if not handle._cancelled and not loop.is_closed():
                    loop._ready.append(handle)
                    loop._note_ready(handle)
        if complete:
            self.complete()

    def complete(self) -> None:
        if self.completed:
            return
        self.release_until(None, complete=False)
        self.completed = True
        fut = self.future
        if fut.cancelled():
            return
        if self.exception is not None:
            _RealFuture.set_exception(fut, self.exception)
        else:
            _RealFuture.set_result(fut, self.result)


class SimFuture(_RealFuture[Any]):
    """A concurrent.futures.Future whose blocking waits move virtual time."""

    _job: Job | None = None

    def _block_until_done(self, timeout: float | None) -> None:
        if self.done():
            return
        st = _state.current()
        job = self._job
        if st is None:
            return
        if job is None:
            if st.job is not None:
                raise st.set_fatal(ThreadWaitsForLoop(wording.THREAD_WAITS_FOR_LOOP))
            if _events._get_running_loop() is not None:
                raise RuntimeError(wording.RESULT_INSIDE_LOOP)
            raise st.set_fatal(DeadlockError(wording.FUTURE_NEVER_COMPLETED))
        now = st.clock_ns()
        target = job.end_ns
        if timeout is not None and target - now > round(timeout * 1e9):
            self._advance(st, round(timeout * 1e9), "future.result")
            raise TimeoutError()
        if target > now:
            self._advance(st, target - now, "future.result")
        job.complete()

    @staticmethod
    def _advance(st: RunState, ns: int, reason: BlockReason) -> None:
        if st.job is not None:
            st.job.ns += ns
        else:
            _clock.block(st, ns, st.learner_line(3), reason)

    def result(self, timeout: float | None = None) -> Any:
        self._block_until_done(timeout)
        return super().result(0)

    def exception(self, timeout: float | None = None) -> BaseException | None:
        self._block_until_done(timeout)
        return super().exception(0)

    def cancel(self) -> bool:
        job = self._job
        st = _state.current()
        if job is not None and st is not None and not self.done():
            if st.clock_ns() >= job.start_ns:
                return False  # already running (or ran): too late, as in CPython
        return super().cancel()


class _SimExecutor(_cf.Executor):
    _kind: Literal["thread", "process"] = "thread"

    def _init(self, max_workers: int, initializer: Callable[..., object] | None,
              initargs: Iterable[Any]) -> None:
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._free_at: list[int] = []  # per worker: virtual instant it becomes idle
        self._names: list[str] = []
        self._jobs: list[Job] = []
        self._shutdown = False

    def _worker_name(self, index: int) -> str:
        raise NotImplementedError

    def _assign(self, now: int) -> tuple[int, int, bool]:
        for i, free in enumerate(self._free_at):
            if free <= now:
                return i, now, False
        if len(self._free_at) < self._max_workers:
            i = len(self._free_at)
            self._free_at.append(now)
            self._names.append(self._worker_name(i))
            return i, now, True
        i = min(range(len(self._free_at)), key=lambda k: (self._free_at[k], k))
        return i, self._free_at[i], False

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> SimFuture:
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        st = _state.require()
        now = st.clock_ns()
        loop = _events._get_running_loop()
        if self._kind == "process":
            try:
                payload = pickle.dumps((fn, args, kwargs))
            except Exception as exc:
                # CPython fails in its feeder thread and sets the future's exception.
                fut = SimFuture()
                _RealFuture.set_exception(fut, exc)
                return fut
            fn, args, kwargs = pickle.loads(payload)
        index, start, new = self._assign(now)
        job = Job(st, self._kind, fn, self._names[index], index, start, loop)
        if st.tracer is not None:
            st.tracer.job_submitted(job=job.id, mode=self._kind, function=job.fn_name, worker=job.worker,
                                    task=current_task_name(), line=st.learner_line(2), start=seconds(start))
        if new and self._initializer is not None:
            job.run(fn, args, kwargs, self._initializer, self._initargs)
        else:
            job.run(fn, args, kwargs)
        self._free_at[index] = job.end_ns
        self._jobs.append(job)
        st.last_job = job
        job.schedule()
        return job.future

    def map(self, fn: Callable[..., Any], *iterables: Iterable[Any], timeout: float | None = None,
            chunksize: int = 1, **kwargs: Any) -> Iterator[Any]:
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def results() -> Iterator[Any]:
            for f in futures:
                yield f.result(timeout)
        return results()

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._shutdown = True
        st = _state.current()
        if cancel_futures and st is not None:
            for job in self._jobs:
                job.future.cancel()
        if wait and st is not None:
            pending = [j for j in self._jobs if not j.completed]
            for job in sorted(pending, key=lambda j: j.end_ns):
                job.future._block_until_done(None)
        self._jobs = [j for j in self._jobs if not j.completed]

    def _latest_end_ns(self) -> int:
        return max((j.end_ns for j in self._jobs if not j.completed), default=0)


class ThreadPoolExecutor(_SimExecutor):
    _kind = "thread"

    def __init__(self, max_workers: int | None = None, thread_name_prefix: str = "",
                 initializer: Callable[..., object] | None = None, initargs: Iterable[Any] = ()) -> None:
        if max_workers is None:
            max_workers = min(32, SIMULATED_CPU_COUNT + 4)
        self._init(max_workers, initializer, initargs)
        st = _state.require()
        self._thread_name_prefix = thread_name_prefix or (
            "ThreadPoolExecutor-%d" % next(st.pool_counter))

    def _worker_name(self, index: int) -> str:
        return "%s_%d" % (self._thread_name_prefix, index)


class ProcessPoolExecutor(_SimExecutor):
    _kind = "process"

    def __init__(self, max_workers: int | None = None, mp_context: object = None,
                 initializer: Callable[..., object] | None = None, initargs: Iterable[Any] = (),
                 *, max_tasks_per_child: int | None = None) -> None:
        if max_workers is None:
            max_workers = SIMULATED_CPU_COUNT
        self._init(max_workers, initializer, initargs)

    def _worker_name(self, index: int) -> str:
        return "Process-%d" % next(_state.require().process_counter)


# --- concurrent.futures.wait / as_completed over simulated futures -------

def _sim_only(fs: Iterable[_cf.Future[Any]]) -> bool:
    return all(isinstance(f, SimFuture) and (f._job is not None or f.done()) for f in fs)


def _end(f: SimFuture) -> int:
    return f._job.end_ns if f._job is not None and not f.done() else -1


def wait(fs: Iterable[_cf.Future[Any]], timeout: float | None = None,
         return_when: str = _cf.ALL_COMPLETED) -> DoneAndNotDoneFutures[Any]:
    given = set(fs)
    if not _sim_only(given):
        return _real_wait(given, timeout, return_when)
    fs = cast("set[SimFuture]", given)  # every one simulated (_sim_only)
    st = _state.require()
    start = st.clock_ns()
    limit = None if timeout is None else start + round(timeout * 1e9)
    for f in sorted((f for f in fs if not f.done()), key=_end):
        done = {g for g in fs if g.done()}
        if return_when == _cf.FIRST_COMPLETED and done:
            break
        if return_when == _cf.FIRST_EXCEPTION and any(
                not g.cancelled() and g.exception(0) is not None for g in done):
            break
        if limit is not None and _end(f) > limit:
            now = st.clock_ns()
            if limit > now:
                SimFuture._advance(st, limit - now, "concurrent.futures.wait")
            break
        f._block_until_done(None)
    done = {g for g in given if g.done()}
    return DoneAndNotDoneFutures(done, given - done)


def as_completed(fs: Iterable[_cf.Future[Any]], timeout: float | None = None) -> Iterator[_cf.Future[Any]]:
    given = list(dict.fromkeys(fs))
    if not _sim_only(given):
        yield from _real_as_completed(given, timeout)
        return
    fs = cast("list[SimFuture]", given)  # every one simulated (_sim_only)
    st = _state.require()
    limit = None if timeout is None else st.clock_ns() + round(timeout * 1e9)
    pending = sorted((f for f in fs if not f.done()), key=_end)
    for f in fs:
        if f.done():
            yield f
    for i, f in enumerate(pending):
        if not f.done():
            if limit is not None and _end(f) > limit:
                raise TimeoutError("%d (of %d) futures unfinished" % (len(pending) - i, len(fs)))
            f._block_until_done(None)
        yield f


def patches() -> list[tuple[object, str, object]]:
    return [
        (_cf, "ThreadPoolExecutor", ThreadPoolExecutor),
        (_cf, "ProcessPoolExecutor", ProcessPoolExecutor),
        (_cf, "Future", SimFuture),
        (_cf, "wait", wait),
        (_cf, "as_completed", as_completed),
        (os, "cpu_count", lambda: SIMULATED_CPU_COUNT),
    ] + ([(os, "process_cpu_count", lambda: SIMULATED_CPU_COUNT)]
         if hasattr(os, "process_cpu_count") else [])
