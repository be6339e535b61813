"""Simulated threading.Thread: start() runs the thread as a simulated job.

Pyodide has no threads, so `Thread.start()` runs the thread's `run()` at once, as a
job with its own clock (the thread model of executors.py: its time.sleep moves only
its clock, its CPU work needs the simulated GIL, its prints and
call_soon_threadsafe calls reach the main timeline at their virtual instants).
`join()` moves the caller's clock to the thread's end, `is_alive()` compares the
clock with it, and at the end of the program the non-daemon threads are waited
for, as CPython's interpreter shutdown does.

Outside an event loop nothing moves the main clock but the main thread itself, so
a thread's output is released whenever the main thread prints, sleeps, joins or
ends (at its own instant, in time order).
"""
import threading
import weakref
from typing import Any

from asyncio import events as _events

from . import clock as _clock
from . import errors as _errors
from . import state as _state
from .errors import RuntimeLimitError
from .executors import NOT_ENDED, Job
from .trace import seconds
from .base_tasks import current_task_name

_real_start = threading.Thread.start
_real_join = threading.Thread.join
_real_is_alive = threading.Thread.is_alive

# thread -> its job, for the threads started during the current run
_jobs: "weakref.WeakKeyDictionary[threading.Thread, Job]" = weakref.WeakKeyDictionary()


def _bootstrap(thread: threading.Thread) -> None:
    """Thread._bootstrap_inner's part that matters: run, and report an uncaught
    exception through threading.excepthook (default: "Exception in thread ...")."""
    try:
        thread.run()
    except RuntimeLimitError:
        raise  # the run is being stopped: not the thread's own failure
    except BaseException as exc:  # CPython's thread bootstrap catches everything too
        hook = threading.excepthook
        if hook is threading.__excepthook__:
            if not isinstance(exc, SystemExit):
                # The default hook's text, with our frames left out of the traceback.
                text = "Exception in thread %s:\n%s" % (thread.name, _errors.format_exception(exc))
                writer = _state.require().writer
                if writer is not None:
                    writer.write("stderr", text)
        else:
            hook(threading.ExceptHookArgs([type(exc), exc, exc.__traceback__, thread]))


def start(self: Any) -> None:  # Any: it sets threading.Thread's private fields (_started, _ident…)
    st = _state.current()
    if st is None or not st.simulated:
        return _real_start(self)
    if not self._initialized:
        raise RuntimeError("thread.__init__() not called")
    if self._started.is_set():
        raise RuntimeError("threads can only be started once")
    now = st.clock_ns()
    loop = _events._get_running_loop()
    index = next(st.thread_counter)
    fn = self._target if getattr(self, "_target", None) is not None else self.run
    job = Job(st, "thread", fn, self.name, index, now, loop)
    job.thread = self
    self._ident = self._native_id = 1000 + index
    self._started.set()
    _jobs[self] = job
    if st.tracer is not None:
        st.tracer.job_submitted(job=job.id, mode="thread", function=job.fn_name, worker=job.worker,
                                task=current_task_name(), line=st.learner_line(2), start=seconds(now))
    job.run(_bootstrap, (self,), {})
    st.thread_jobs.append(job)
    if loop is not None and not loop.is_closed():
        job.schedule()
    else:
        job.loop = None
        st.release_threads()


def join(self: threading.Thread, timeout: float | None = None) -> None:
    job = _jobs.get(self)
    st = _state.current()
    if job is None or st is None:
        return _real_join(self, timeout)
    if st.job is job:
        raise RuntimeError("cannot join current thread")
    now = st.clock_ns()
    wait = job.end_ns - now
    if timeout is not None:
        wait = min(wait, max(0, round(timeout * 1e9)))
    if wait > 0:
        if st.job is not None:  # a thread (or to_thread) joining: only its clock moves
            st.job.ns += wait
        else:
            _clock.block(st, wait, st.learner_line(2), "thread.join")
    if st.job is None:
        st.release_threads()
        if job.loop is not None and not job.loop.is_closed():
            job.release_until(st.now_ns, complete=st.now_ns >= job.end_ns)


def is_alive(self: threading.Thread) -> bool:
    job = _jobs.get(self)
    st = _state.current()
    if job is None or st is None:
        return _real_is_alive(self)
    if job.end_ns == NOT_ENDED:
        return True  # asked by the thread itself while it runs
    return st.clock_ns() < job.end_ns


def finish(st: _state.RunState) -> None:
    """The program ended: wait for its non-daemon threads, as CPython's shutdown does,
    and release everything they did."""
    pending = [job for job in st.thread_jobs if not job.completed]
    if not pending:
        return
    for job in pending:
        job.loop = None  # the program's loops are closed: release in time order here
    waited = [job.end_ns for job in pending if job.thread is None or not job.thread.daemon]
    if waited and max(waited) > st.now_ns:
        _clock.block(st, max(waited) - st.now_ns, None, "thread.join")  # releases them
    st.release_threads()
    for job in pending:
        job.completed = True  # a daemon thread still running dies with the program

def patches() -> list[tuple[object, str, object]]:
    return [
        (threading.Thread, "start", start),
        (threading.Thread, "join", join),
        (threading.Thread, "is_alive", is_alive),
    ]
