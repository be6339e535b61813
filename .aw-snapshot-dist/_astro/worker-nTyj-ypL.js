var e=`"""Awaitable's runtime: learner asyncio programs on a virtual-time event loop.

Public API (kept stable for the TypeScript worker and the CLI):
    run_program(source, filename="main.py", *, stdin=None, trace=False, ...,
                checks=None, inspect=False) -> dict
    inspect_source(source) -> {"names": [...], "constructs": [...]}
    install() / uninstall() / installed()  — route asyncio to VirtualEventLoop
"""
from .errors import (DeadlockError, IdleLoopLimitExceeded, OutputLimitExceeded,
                     RuntimeLimitError, VirtualTimeLimitExceeded)
from .inspect_source import CONSTRUCTS, inspect_source
from .install import install, installed, uninstall
from .loop import VirtualEventLoop, VirtualEventLoopPolicy
from .runner import run_program

__all__ = [
    "run_program", "inspect_source", "CONSTRUCTS", "install", "uninstall", "installed", "VirtualEventLoop",
    "VirtualEventLoopPolicy", "RuntimeLimitError", "DeadlockError",
    "VirtualTimeLimitExceeded", "IdleLoopLimitExceeded", "OutputLimitExceeded",
]
`,t=`"""Grading checks: exercise-supplied Python functions run after the learner's program.

Each check is source code defining \`def check(stdout, trace, globals):\`. It runs
in a fresh namespace once the program has ended (whatever its outcome), while the
program's namespace still exists:

- \`stdout\`: everything the program wrote to stdout (str);
- \`trace\`: a private copy of the trace events (list of dicts);
- \`globals\`: a read-only mapping of the program's final module globals, without
  dunder names (the values are the program's live objects).

Return True or None: passed; a string: failed with that message; False: failed
without a message. Anything else, or raising, fails with a message that blames
the check, not the learner. The check cannot see or disturb the program's output
(its own prints are discarded), its trace, or its virtual clock.
"""
import builtins
import gc
import io
import json
import sys
import traceback
import types

CHECK_FILENAME = "<check>"
_NOT_LEARNER = "This is a problem with the exercise's check, not with your program."


class _Discard(io.TextIOBase):
    def writable(self):
        return True

    def write(self, s):
        return len(s)


def _trace_snapshot(st, sink):
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


def _globals_view(module):
    return types.MappingProxyType({k: v for k, v in module.__dict__.items()
                                   if not (k.startswith("__") and k.endswith("__"))})


def run_checks(checks, st, sink, module):
    """[{"passed", "message"}] for each check source, in order."""
    gc.collect()  # the program's own garbage reports its warnings to the program's output
    stdout = "".join(sink.parts["stdout"])
    trace_json = _trace_snapshot(st, sink)
    view = _globals_view(module)
    saved = (st.now_ns, st.tracer, st.fatal, st.stop_loops, st.job,
             sys.stdout, sys.stderr, sys.stdin, sys.getrecursionlimit())
    discard = _Discard()
    sys.stdout = sys.stderr = discard
    sys.stdin = io.StringIO("")
    st.tracer = None
    st.job = None
    if saved[-1] < 1000:
        sys.setrecursionlimit(1000)
    results = []
    try:
        for source in checks:
            results.append(_run_one(source, stdout, json.loads(trace_json), view))
            st.now_ns, st.fatal, st.stop_loops = saved[0], saved[2], saved[3]
        view = None
        gc.collect()  # the checks' garbage must not warn into the program's output
    finally:
        (st.now_ns, st.tracer, st.fatal, st.stop_loops, st.job,
         sys.stdout, sys.stderr, sys.stdin, limit) = saved
        sys.setrecursionlimit(limit)
    return results


def _run_one(source, stdout, trace, view):
    if not isinstance(source, str):
        return _failed("The check is not Python source text (got %s). %s"
                       % (type(source).__name__, _NOT_LEARNER))
    try:
        code = compile(source, CHECK_FILENAME, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        where = " (line %d of the check)" % exc.lineno if getattr(exc, "lineno", None) else ""
        return _failed("The check itself has a syntax error: %s%s. %s"
                       % (getattr(exc, "msg", None) or exc, where, _NOT_LEARNER))
    ns = {"__name__": "__check__", "__builtins__": builtins}
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


def _failed(message):
    return {"passed": False, "message": message}


def _raised_message(exc):
    line = None
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        if frame.f_code.co_filename == CHECK_FILENAME:
            line = lineno
    text = str(exc)
    msg = "The check itself raised %s%s" % (type(exc).__name__, ": " + text if text else "")
    if line is not None:
        msg += " (line %d of the check)" % line
    return "%s. %s" % (msg, _NOT_LEARNER)
`,n=`"""Virtual time as the learner's program sees it.

time.monotonic/perf_counter/time (+ _ns) read the run's virtual clock; time.sleep
advances it *while holding the loop* (the "blocking the event loop" lesson);
datetime.now()/today() follow it. The clock starts at a fixed wall-clock epoch,
2026-01-01 09:00:00, and the simulated local time zone is UTC, so output is the
same on every machine and in every browser.
"""
import calendar
import datetime as _dt
import time as _time
import warnings

from . import state as _state
from .errors import VirtualTimeLimitExceeded

EPOCH = 1767258000  # 2026-01-01 09:00:00 UTC, as a Unix timestamp
_EPOCH_NS = EPOCH * 1_000_000_000

_real = {name: getattr(_time, name) for name in (
    "monotonic", "monotonic_ns", "perf_counter", "perf_counter_ns", "time", "time_ns",
    "sleep", "localtime", "gmtime", "ctime", "asctime", "strftime", "mktime")}
_real_gmtime = _time.gmtime
_real_asctime = _time.asctime
_real_strftime = _time.strftime
_real_datetime = _dt.datetime
_real_date = _dt.date
_EPOCH_DT = _real_datetime(2026, 1, 1, 9, 0, 0)


def fmt_seconds(seconds):
    """'3600 s (1 h)' style text for limit messages."""
    s = "%g s" % seconds
    if seconds >= 3600:
        s += " (%g h)" % (seconds / 3600)
    elif seconds >= 60:
        s += " (%g min)" % (seconds / 60)
    return s


def time_limit_error(st):
    return VirtualTimeLimitExceeded(
        "Your program's virtual clock passed %s. It probably waits for a very long "
        "time (for example asyncio.sleep(10**9)) or has a loop that never ends. "
        "Virtual time costs nothing, so without this limit it would run forever."
        % fmt_seconds(st.max_virtual_time))


def _ns():
    st = _state.current()
    return st.clock_ns() if st is not None else _real["monotonic_ns"]()


def monotonic():
    return _ns() / 1e9


def monotonic_ns():
    return _ns()


def perf_counter():
    return _ns() / 1e9


def perf_counter_ns():
    return _ns()


def time():
    return EPOCH + _ns() / 1e9


def time_ns():
    return _EPOCH_NS + _ns()


def localtime(secs=None):
    # The simulated local zone is UTC.
    return _real_gmtime(time() if secs is None else secs)


def gmtime(secs=None):
    return _real_gmtime(time() if secs is None else secs)


def mktime(t):
    return float(calendar.timegm(tuple(t)))


def asctime(t=None):
    return _real_asctime(localtime() if t is None else t)


def ctime(secs=None):
    return _real_asctime(localtime(secs))


def strftime(format, t=None):
    return _real_strftime(format, localtime() if t is None else t)


def sleep(secs):
    """Advance virtual time by \`secs\` without letting anything else run."""
    st = _state.current()
    if st is None:
        return _real["sleep"](secs)
    if not isinstance(secs, (int, float)):
        # Same errors as CPython's time.sleep for bad arguments.
        try:
            secs = float(secs) if hasattr(secs, "__float__") else secs.__index__()
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(secs).__name__) from None
    if secs != secs:
        raise ValueError("Invalid value NaN (not a number)")
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    ns = round(secs * 1e9)
    line = st.learner_line(2)
    if st.job is not None:
        st.job.sleep(ns, line)
        return
    block(st, ns, line, "time.sleep")


def block(st, ns, line, reason):
    """The main thread holds the loop for \`ns\`: the clock moves, nothing else runs."""
    start = st.now_ns
    end = start + ns
    if st.max_ns is not None and end > st.max_ns:
        st.now_ns = max(start, st.max_ns)
        raise st.set_fatal(time_limit_error(st))
    st.now_ns = end
    if st.tracer is not None and ns:
        st.tracer.block(start, ns, line, reason)


# --- datetime ----------------------------------------------------------

class _RealInstanceMeta(type):
    """isinstance()/issubclass() accept the real datetime/date too, so objects
    made before the run (or by C code) still pass learner type checks."""

    def __instancecheck__(cls, obj):
        return isinstance(obj, cls._real_cls)

    def __subclasscheck__(cls, sub):
        return issubclass(sub, cls._real_cls)


def _virtual_naive_now():
    return _EPOCH_DT + _dt.timedelta(microseconds=_ns() // 1000)


def _as(cls, d):
    return cls(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond,
               d.tzinfo, fold=d.fold)


class date(_real_date, metaclass=_RealInstanceMeta):
    _real_cls = _real_date
    __slots__ = ()

    @classmethod
    def today(cls):
        d = _virtual_naive_now()
        return cls(d.year, d.month, d.day)

    @classmethod
    def fromtimestamp(cls, t):
        d = _real_datetime.fromtimestamp(t, _dt.timezone.utc)
        return cls(d.year, d.month, d.day)

    def __repr__(self):
        return _real_date.__repr__(_real_date(self.year, self.month, self.day))


class datetime(_real_datetime, metaclass=_RealInstanceMeta):
    _real_cls = _real_datetime
    __slots__ = ()

    @classmethod
    def now(cls, tz=None):
        naive = _virtual_naive_now()
        if tz is None:
            return _as(cls, naive)
        return _as(cls, tz.fromutc(naive.replace(tzinfo=tz)))

    @classmethod
    def today(cls):
        return cls.now()

    @classmethod
    def utcnow(cls):
        warnings.warn(
            "datetime.datetime.utcnow() is deprecated and scheduled for removal in a "
            "future version. Use timezone-aware objects to represent datetimes in UTC: "
            "datetime.datetime.now(datetime.UTC).", DeprecationWarning, stacklevel=2)
        return _as(cls, _virtual_naive_now())

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        if tz is None:  # local time is UTC in the simulation
            return _as(cls, _real_datetime.fromtimestamp(t, _dt.timezone.utc).replace(tzinfo=None))
        return _as(cls, _real_datetime.fromtimestamp(t, tz))

    def timestamp(self):
        if self.tzinfo is None:
            return (_real_datetime(self.year, self.month, self.day, self.hour, self.minute,
                                   self.second, self.microsecond, _dt.timezone.utc)).timestamp()
        return _real_datetime.timestamp(self)

    def __repr__(self):
        return _real_datetime.__repr__(_as(_real_datetime, self))


date.__module__ = datetime.__module__ = "datetime"


def patches():
    """(module, attribute, replacement) triples applied for the duration of a run."""
    out = [(_time, name, globals()[name]) for name in _real]
    out.append((_dt, "datetime", datetime))
    out.append((_dt, "date", date))
    return out
`,r=`"""What is a suspended task waiting for? Used by the trace and the deadlock report.

We walk the task's \`cr_await\` chain: the innermost frame in the learner's file
gives the line; the first asyncio frame below it (Lock.acquire, Event.wait,
Queue.get, sleep…) or the final awaited object (a Task, a gather, an executor
future) tells what it awaits.
"""
import sys
from asyncio import futures as _futures, tasks as _tasks

from .errors import DeadlockError
from .trace import is_task

_Future = tuple(f for f in (getattr(_futures, "Future", None), getattr(_futures, "_PyFuture", None)) if f)
_GATHERING = getattr(_tasks, "_GatheringFuture", ())

# asyncio coroutine qualname -> awaiting kind (the object is the frame's \`self\`)
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


def _frame_of(obj):
    for attr in ("cr_frame", "gi_frame", "ag_frame"):
        f = getattr(obj, attr, None)
        if f is not None:
            return f
    return None


def _next_awaited(obj):
    for attr in ("cr_await", "gi_yieldfrom", "ag_await"):
        nxt = getattr(obj, attr, None)
        if nxt is not None:
            return nxt
    return None


def _var_name(obj, frames, st):
    """A learner variable bound to \`obj\` (locals of their frames, then globals)."""
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


def _classify_object(obj, st):
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


def describe_wait(task, st):
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
                              "inner": _classify_object(task._fut_waiter, st)}
            if qual in ("wait", "_wait"):
                return line, {"kind": "wait"}
            if qual in ("as_completed", "_wait_for_one", "_AsCompletedIterator._wait_for_one"):
                return line, {"kind": "as_completed"}
            if qual in ("TaskGroup.__aexit__", "TaskGroup._aexit"):
                tg = loc.get("self")
                kids = getattr(tg, "_tasks", ()) or ()
                return line, {"kind": "taskgroup", "tasks": sorted(k.get_name() for k in kids)}
        obj = _next_awaited(obj)
    if not isinstance(obj, _Future):  # e.g. the C iterator of \`await fut\`: use the waiter
        obj = getattr(task, "_fut_waiter", None)
    return line, _classify_object(obj, st)


def _human(d):
    kind = d.get("kind")
    name = d.get("name")
    on = (" on %s" % name) if name else ""
    t = d.get("type", "")
    if kind == "lock":
        return "%s.acquire()%s (the lock is held and will never be released)" % (t, on)
    if kind == "event":
        return "%s.wait()%s (nothing will ever call .set())" % (t, on)
    if kind == "semaphore":
        return "%s.acquire()%s (no holder will ever release it)" % (t, on)
    if kind == "condition":
        return "%s.wait()%s (nothing will ever notify it)" % (t, on)
    if kind == "queue_get":
        return "%s.get()%s (the queue is empty and nothing will put into it)" % (t, on)
    if kind == "queue_put":
        return "%s.put()%s (the queue is full and nothing will take from it)" % (t, on)
    if kind == "queue_join":
        return "%s.join()%s (some items never get task_done())" % (t, on)
    if kind == "barrier":
        return "%s.wait()%s (not enough tasks will ever arrive)" % (t, on)
    if kind == "task":
        return "%s to finish" % d["task"]
    if kind == "gather":
        return "gather(%s) to finish" % ", ".join(d["tasks"])
    if kind == "taskgroup":
        return "its TaskGroup's tasks (%s) to finish" % ", ".join(d["tasks"])
    if kind == "wait_for":
        return "wait_for(...) of %s" % _human(d["inner"])
    if kind in ("thread", "process"):
        return "a %s job" % kind
    if kind in ("wait", "as_completed"):
        return "asyncio.%s(...)" % kind
    return "a Future that nothing will ever complete"


def deadlock_error(loop, st):
    """Build the DeadlockError listing every stuck task of \`loop\`."""
    tasks = [t for t in _tasks.all_tasks(loop) if not t.done()]
    order = st.task_seq if st is not None else {}
    tasks.sort(key=lambda t: order.get(t, 1 << 60))
    lines = ["Deadlock: no task can ever make progress."]
    details = []
    first_line = None
    for t in tasks:
        line, d = describe_wait(t, st)
        coro = t.get_coro()
        cname = getattr(coro, "__qualname__", None) or type(coro).__name__
        where = " at %s:%s" % (st.filename, line) if line is not None else ""
        lines.append("  %s '%s' is waiting%s for %s" % (t.get_name(), cname, where, _human(d)))
        details.append({"task": t.get_name(), "line": line, "awaiting": d})
        if first_line is None:
            first_line = line
    if not tasks:
        lines.append("  The loop is waiting for something that will never happen "
                     "(no task, timer or callback is left).")
    err = DeadlockError("\\n".join(lines))
    err.line = first_line
    err.details = details
    return err
`,i=`"""Runtime-limit exceptions and learner-facing tracebacks.

Learner code is compiled with its own filename (e.g. "main.py"); everything else
in a traceback is either our runtime (always dropped) or the standard library.
Runs of asyncio-internal frames are collapsed into one line, because they are
noise for someone learning what *their* code did.
"""
import os
import traceback

_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
_ASYNCIO_MARK = os.sep + "asyncio" + os.sep


class RuntimeLimitError(BaseException):
    """Base of the errors the runtime raises to end a run.

    BaseException (not Exception) so that a learner's \`except Exception:\` cannot
    swallow the stop signal; the run result reports it regardless.
    """

    error_type = "RuntimeLimitError"


class DeadlockError(RuntimeLimitError):
    error_type = "DeadlockError"


class VirtualTimeLimitExceeded(RuntimeLimitError):
    error_type = "VirtualTimeLimitExceeded"


class IdleLoopLimitExceeded(RuntimeLimitError):
    error_type = "IdleLoopLimitExceeded"


class OutputLimitExceeded(RuntimeLimitError):
    error_type = "OutputLimitExceeded"


# Friendlier explanations appended to error["message"] for errors that are
# usually symptoms of a bug rather than the bug itself.
_HINTS = {
    "RecursionError": "a function probably calls itself (directly or through other "
    "functions) without ever reaching a case that stops the recursion",
    "MemoryError": "the program ran out of memory; a list, string or dict probably "
    "keeps growing without end",
}


def is_runtime_file(filename):
    return filename.startswith(_PACKAGE_DIR)


def _is_asyncio_file(filename):
    return _ASYNCIO_MARK in filename


class _HiddenFrames(traceback.FrameSummary):
    """Placeholder row standing for several collapsed asyncio frames."""

    def __init__(self, count):
        super().__init__("<hidden>", 0, "<hidden>", lookup_line=False, line="")
        self.count = count


class _FilteredStack(traceback.StackSummary):
    def format_frame_summary(self, frame_summary, **kwargs):
        if isinstance(frame_summary, _HiddenFrames):
            n = frame_summary.count
            return "  [%d frame%s in asyncio internals hidden]\\n" % (n, "" if n == 1 else "s")
        if isinstance(frame_summary, _Omitted):
            return "  [%d outer frames not shown]\\n" % frame_summary.count
        return super().format_frame_summary(frame_summary, **kwargs)


def _filter_stack(stack, full):
    out = []
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


def _filter_te(te, full, seen):
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

    def __init__(self, count):
        super().__init__("<omitted>", 0, "<omitted>", lookup_line=False, line="")
        self.count = count


# Tracebacks deeper than this (after sys.setrecursionlimit(10**6), say) keep only their
# innermost _KEEP_FRAMES frames: summarising a million frames takes minutes in Pyodide.
_MAX_FRAMES = 3000
_KEEP_FRAMES = 1000


def _tb_depth(tb, stop):
    n = 0
    while tb is not None and n <= stop:
        n += 1
        tb = tb.tb_next
    return n


def format_exception(exc, full=False):
    """CPython-style traceback text for \`exc\`, with our frames removed."""
    depth = _tb_depth(exc.__traceback__, _MAX_FRAMES)
    limit = -_KEEP_FRAMES if depth > _MAX_FRAMES else None
    te = traceback.TracebackException(type(exc), exc, exc.__traceback__, compact=True,
                                      limit=limit)
    _filter_te(te, full, set())
    if limit is not None:
        omitted = _tb_depth(exc.__traceback__, float("inf")) - _KEEP_FRAMES
        te.stack.insert(0, _Omitted(omitted))
    return "".join(te.format())


def learner_line(exc, filename):
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


def describe_exception(exc, filename):
    """The result's \`error\` dict for an uncaught learner exception."""
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
`,a=`"""Simulated ThreadPoolExecutor / ProcessPoolExecutor.

Pyodide has no threads or processes, and real threads would make timing
nondeterministic anyway. A submitted job gets a worker (an idle one, a new one up
to max_workers, or else the one that frees first: that models queueing) and runs
*eagerly*, at submit time, with its own thread-local clock starting at its start
instant. Its time.sleep advances only that clock. Everything it does that others
can see (prints, call_soon_threadsafe, completion) is recorded on the job's
timeline and released into the main timeline when the virtual clock gets there.
Processes round-trip the call and the result through pickle, like CPython.

Known limits: a job sees shared state as it was when it was submitted; it cannot
wait for the event loop; CPU work takes no virtual time (no GIL model);
cancelling a queued job cannot undo its side effects.
"""
import concurrent.futures as _cf
import os
import pickle
import sys
import threading
from concurrent.futures._base import DoneAndNotDoneFutures
from functools import partial

from asyncio import events as _events

from . import clock as _clock
from . import state as _state
from .errors import DeadlockError

SIMULATED_CPU_COUNT = 4  # what os.cpu_count() returns during a run

_RealFuture = _cf.Future
_real_wait = _cf.wait
_real_as_completed = _cf.as_completed


class _FakeThread(threading.Thread):
    """What threading.current_thread() returns inside a job."""

    def __init__(self, name, ident):
        super().__init__(name=name, daemon=True)
        self._fake_ident = ident

    @property
    def ident(self):
        return self._fake_ident

    native_id = ident

    def is_alive(self):
        return True

    def __repr__(self):
        return "<Thread(%s, started daemon %d)>" % (self.name, self._fake_ident)


def _fn_name(fn):
    while isinstance(fn, partial):
        if getattr(fn.func, "__name__", "") == "run" and fn.args:
            fn = fn.args[0]  # asyncio.to_thread: partial(context.run, func, ...)
        else:
            fn = fn.func
    return getattr(fn, "__qualname__", None) or type(fn).__name__


class Job:
    def __init__(self, st, kind, fn, worker, worker_index, start_ns, loop):
        self.st = st
        self.id = next(st.job_counter)
        self.kind = kind
        self.fn_name = _fn_name(fn)
        self.worker = worker
        self.worker_index = worker_index
        self.start_ns = start_ns
        self.ns = start_ns          # the job's own clock
        self.end_ns = None
        self.loop = loop            # main-thread loop the timeline is released into
        self.timeline = []          # [(t_ns, action, payload)] in time order
        self.pos = 0
        self.future = SimFuture()
        self.future._job = self
        self.completed = False
        self.entry_frame = None
        self.result = None
        self.exception = None

    @property
    def timer_purpose(self):
        return self.kind

    # --- things the job does while it runs ------------------------------
    def sleep(self, ns, line):
        st = self.st
        start = self.ns
        self.ns += ns
        if st.max_ns is not None and self.ns > st.max_ns:
            raise st.set_fatal(_clock.time_limit_error(st))
        if st.tracer is not None:
            self.timeline.append((start, "event", ("job_slept", {
                "job": self.id, "worker": self.worker, "duration": round(ns / 1e9, 9),
                "line": line})))

    def output(self, stream, text):
        self.timeline.append((self.ns, "output", (stream, text)))

    def call_soon_threadsafe(self, loop, callback, args, context):
        handle = _events.Handle(callback, args, loop, context)
        self.timeline.append((self.ns, "call", (loop, handle)))
        return handle

    # --- running ----------------------------------------------------------
    def run(self, fn, args, kwargs, initializer=None, initargs=()):
        st = self.st
        if st.tracer is not None:
            self.timeline.append((self.start_ns, "event", ("job_started", {
                "job": self.id, "worker": self.worker})))
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
                active[ident] = _FakeThread(self.worker, 1000 + self.worker_index)
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
            if active is not None and real_thread is not None:
                active[ident] = real_thread
            os.getpid = saved_pid
            st.job = prev_job
        self.end_ns = self.ns
        if st.tracer is not None:
            exc = self.exception
            self.timeline.append((self.end_ns, "event", ("job_ended", {
                "job": self.id, "worker": self.worker, "state": "ok" if exc is None else "error",
                "exception": None if exc is None else type(exc).__name__})))

    def schedule(self):
        """Release the timeline into the main loop at the right instants."""
        loop = self.loop
        if loop is None or loop.is_closed():
            self.release_until(None, complete=False)  # no loop: visible at once
            return
        instants = sorted({t for t, _, _ in self.timeline} | {self.end_ns})
        for t in instants:
            loop.call_at(t / 1e9, self._release_at, t)

    def _release_at(self, t):
        self.release_until(t, complete=(t >= self.end_ns))

    def release_until(self, t, complete=True):
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
                    st.tracer.emit(payload[0], at, **payload[1])
            elif action == "call":
                loop, handle = payload
                if not handle._cancelled and not loop.is_closed():
                    loop._ready.append(handle)
                    loop._note_ready(handle)
        if complete:
            self.complete()

    def complete(self):
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


class SimFuture(_RealFuture):
    """A concurrent.futures.Future whose blocking waits move virtual time."""

    _job = None

    def _block_until_done(self, timeout):
        if self.done():
            return
        st = _state.current()
        job = self._job
        if st is None:
            return
        if job is None:
            if st.job is not None:
                raise RuntimeError(
                    "A thread can't wait for the event loop in this simulation: the job "
                    "running in a worker thread called .result() on a future that only the "
                    "event loop can complete. Use asyncio code in the loop instead.")
            if _events._get_running_loop() is not None:
                raise RuntimeError(
                    "Calling .result() on this future inside the event loop would block "
                    "the loop forever: the loop is the only thing that can complete it. "
                    "Await it instead (asyncio.wrap_future).")
            raise st.set_fatal(DeadlockError(
                "Deadlock: the program waits for a concurrent.futures.Future that "
                "nothing will ever complete."))
        now = st.clock_ns()
        target = job.end_ns
        if timeout is not None and target - now > round(timeout * 1e9):
            self._advance(st, round(timeout * 1e9), "future.result")
            raise TimeoutError()
        if target > now:
            self._advance(st, target - now, "future.result")
        job.complete()

    @staticmethod
    def _advance(st, ns, reason):
        if st.job is not None:
            st.job.ns += ns
        else:
            _clock.block(st, ns, st.learner_line(3), reason)

    def result(self, timeout=None):
        self._block_until_done(timeout)
        return super().result(0)

    def exception(self, timeout=None):
        self._block_until_done(timeout)
        return super().exception(0)

    def cancel(self):
        job = self._job
        st = _state.current()
        if job is not None and st is not None and not self.done():
            if st.clock_ns() >= job.start_ns:
                return False  # already running (or ran): too late, as in CPython
        return super().cancel()


class _SimExecutor(_cf.Executor):
    _kind = "thread"

    def _init(self, max_workers, initializer, initargs):
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._free_at = []      # per worker: virtual instant it becomes idle
        self._names = []
        self._jobs = []
        self._shutdown = False

    def _worker_name(self, index):
        raise NotImplementedError

    def _assign(self, now):
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

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        st = _state.current()
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
            st.tracer.emit("job_submitted", job=job.id, mode=self._kind, function=job.fn_name,
                           worker=job.worker, task=_current_task_name(),
                           line=st.learner_line(2), start=round(start / 1e9, 9))
        if new and self._initializer is not None:
            job.run(fn, args, kwargs, self._initializer, self._initargs)
        else:
            job.run(fn, args, kwargs)
        self._free_at[index] = job.end_ns
        self._jobs.append(job)
        st.last_job = job
        job.schedule()
        return job.future

    def map(self, fn, *iterables, timeout=None, chunksize=1, **kwargs):
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            for f in futures:
                yield f.result(timeout)
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
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

    def _latest_end_ns(self):
        return max((j.end_ns for j in self._jobs if not j.completed), default=0)


def _current_task_name():
    from .trace import current_task_name
    return current_task_name()


class ThreadPoolExecutor(_SimExecutor):
    _kind = "thread"

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, SIMULATED_CPU_COUNT + 4)
        self._init(max_workers, initializer, initargs)
        st = _state.current()
        self._thread_name_prefix = thread_name_prefix or (
            "ThreadPoolExecutor-%d" % next(st.pool_counter))

    def _worker_name(self, index):
        return "%s_%d" % (self._thread_name_prefix, index)


class ProcessPoolExecutor(_SimExecutor):
    _kind = "process"

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = SIMULATED_CPU_COUNT
        self._init(max_workers, initializer, initargs)

    def _worker_name(self, index):
        return "Process-%d" % next(_state.current().process_counter)


# --- concurrent.futures.wait / as_completed over simulated futures -------

def _sim_only(fs):
    return all(isinstance(f, SimFuture) and (f._job is not None or f.done()) for f in fs)


def _end(f):
    return f._job.end_ns if f._job is not None and not f.done() else -1


def wait(fs, timeout=None, return_when=_cf.ALL_COMPLETED):
    fs = set(fs)
    if not _sim_only(fs):
        return _real_wait(fs, timeout, return_when)
    st = _state.current()
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
    done = {g for g in fs if g.done()}
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    fs = list(dict.fromkeys(fs))
    if not _sim_only(fs):
        yield from _real_as_completed(fs, timeout)
        return
    st = _state.current()
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


def patches():
    return [
        (_cf, "ThreadPoolExecutor", ThreadPoolExecutor),
        (_cf, "ProcessPoolExecutor", ProcessPoolExecutor),
        (_cf, "Future", SimFuture),
        (_cf, "wait", wait),
        (_cf, "as_completed", as_completed),
        (os, "cpu_count", lambda: SIMULATED_CPU_COUNT),
    ] + ([(os, "process_cpu_count", lambda: SIMULATED_CPU_COUNT)]
         if hasattr(os, "process_cpu_count") else [])
`,o=`"""inspect_source(): what a learner's program refers to and which constructs it uses.

Graded exercises ask "does the program use asyncio.gather?" or "does it avoid
time.sleep?". Answering from the AST (not the text) means comments, strings and
import lines never count, and aliases are resolved:

    import asyncio as aio; aio.gather(...)      -> "asyncio", "asyncio.gather"
    from asyncio import TaskGroup; TaskGroup()  -> "asyncio.TaskGroup"
    from time import sleep; sleep(1)            -> "time.sleep"

Rules (kept simple and predictable, documented in the README):
- An import alone is not a use; the names it binds are resolved wherever they are
  read. Aliases are collected from every import in the file, wherever it is
  (no flow or scope analysis).
- Plain names count when read (\`print\`, \`x\` in \`y = x\`, \`x += 1\`), not when
  only assigned.
- A dotted chain \`a.b.c\` whose root is a name yields every prefix: \`a\`, \`a.b\`,
  \`a.b.c\` (resolved through the aliases). Attributes of other expressions
  (\`f().x\`, \`obj[0].x\`) are not names and do not appear.
- \`from m import *\` resolves a read name \`n\` to \`m.n\` only when module m is
  already imported in this interpreter and has a public attribute \`n\`.
"""
import ast
import sys

CONSTRUCTS = ("async def", "await", "async with", "async for", "async comprehension",
              "except*", "yield", "yield from", "lambda", "global", "while True")

_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


def inspect_source(source):
    """{"names": sorted dotted names, "constructs": used constructs in CONSTRUCTS order}.
    On a syntax error: {"names": [], "constructs": [], "syntaxError": message}."""
    try:
        tree = ast.parse(source, "main.py")
    except SyntaxError as exc:
        msg = exc.msg or "invalid syntax"
        if exc.lineno:
            msg = "%s (line %d)" % (msg, exc.lineno)
        return {"names": [], "constructs": [], "syntaxError": msg}
    except (ValueError, TypeError) as exc:  # e.g. null bytes in the source
        return {"names": [], "constructs": [], "syntaxError": str(exc)}
    except RecursionError:
        return {"names": [], "constructs": [], "syntaxError": "the program is nested too deeply to parse"}

    aliases, star_modules = _collect_imports(tree)
    names, constructs = set(), set()
    try:
        _walk(tree, aliases, star_modules, names, constructs)
    except RecursionError:  # absurdly deep expressions: report what was found
        pass
    return {"names": sorted(names), "constructs": [c for c in CONSTRUCTS if c in constructs]}


def _collect_imports(tree):
    aliases, star_modules = {}, []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.asname:
                    aliases[a.asname] = a.name          # import a.b as c: c -> a.b
                else:
                    root = a.name.split(".")[0]
                    aliases[root] = root                 # import a.b binds a
        elif isinstance(node, ast.ImportFrom):
            module = "." * (node.level or 0) + (node.module or "")
            for a in node.names:
                if a.name == "*":
                    star_modules.append(module)
                else:
                    prefix = module if module.endswith(".") else module + "."
                    aliases[a.asname or a.name] = prefix + a.name
    return aliases, star_modules


def _resolve(name, aliases, star_modules):
    if name in aliases:
        return aliases[name]
    for module in star_modules:
        mod = sys.modules.get(module)
        if mod is None or name.startswith("_"):
            continue
        public = getattr(mod, "__all__", None)
        if (name in public) if public is not None else hasattr(mod, name):
            return module + "." + name
    return name


def _chain(node):
    """['a', 'b', 'c'] for a.b.c whose root is a Name, else None."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    parts.reverse()
    return parts


def _has_await(node):
    """An await in this comprehension (not inside a nested function scope)."""
    stack = list(ast.iter_child_nodes(node))
    while stack:
        n = stack.pop()
        if isinstance(n, ast.Await):
            return True
        if isinstance(n, _SCOPES):
            continue
        stack.extend(ast.iter_child_nodes(n))
    return False


def _walk(tree, aliases, star_modules, names, constructs):
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Attribute):
            parts = _chain(node)
            if parts is not None:
                root = _resolve(parts[0], aliases, star_modules)
                dots = len(root) - len(root.lstrip("."))  # relative imports: ".mod"
                full = root[dots:].split(".") + parts[1:]
                full[0] = root[:dots] + full[0]
                for i in range(1, len(full) + 1):
                    names.add(".".join(full[:i]))
                continue  # the whole chain is done
        elif isinstance(node, ast.Name):
            if isinstance(node.ctx, (ast.Load, ast.Del)):
                names.add(_resolve(node.id, aliases, star_modules))
        elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            names.add(_resolve(node.target.id, aliases, star_modules))  # x += 1 reads x
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            continue  # importing is not using
        elif isinstance(node, ast.AsyncFunctionDef):
            constructs.add("async def")
        elif isinstance(node, ast.Await):
            constructs.add("await")
        elif isinstance(node, ast.AsyncWith):
            constructs.add("async with")
        elif isinstance(node, ast.AsyncFor):
            constructs.add("async for")
        elif isinstance(node, _COMPREHENSIONS):
            if any(g.is_async for g in node.generators) or _has_await(node):
                constructs.add("async comprehension")
        elif isinstance(node, ast.YieldFrom):
            constructs.add("yield from")
        elif isinstance(node, ast.Yield):
            constructs.add("yield")
        elif isinstance(node, ast.Lambda):
            constructs.add("lambda")
        elif isinstance(node, ast.Global):
            constructs.add("global")
        elif isinstance(node, ast.While):
            test = node.test
            if isinstance(test, ast.Constant) and (test.value is True or (
                    type(test.value) is int and test.value == 1)):
                constructs.add("while True")
        elif isinstance(node, getattr(ast, "TryStar", ())):
            constructs.add("except*")
        stack.extend(ast.iter_child_nodes(node))
`,s=`"""Putting the virtual loop (and, for a run, the virtual world) in place — and back.

\`Patcher\` records every global it replaces so \`restore()\` puts back exactly what
was there (including attributes that did not exist, like concurrent.futures'
lazily created ThreadPoolExecutor). \`install()\`/\`uninstall()\` only route asyncio
to VirtualEventLoop (used to run CPython's own asyncio tests); run_program()
patches much more, per run.
"""
import asyncio
import contextlib
import sys
import types
from asyncio import events, runners

from . import state as _state
from .loop import VirtualEventLoop, VirtualEventLoopPolicy, new_event_loop

_MISSING = object()


class Patcher:
    def __init__(self):
        self._saved = []

    def set(self, obj, name, value):
        if isinstance(obj, types.ModuleType):
            old = obj.__dict__.get(name, _MISSING)  # don't trigger module __getattr__
        else:
            old = getattr(obj, name, _MISSING)
        self._saved.append((obj, name, old))
        setattr(obj, name, value)

    def set_all(self, triples):
        for obj, name, value in triples:
            self.set(obj, name, value)

    def restore(self):
        while self._saved:
            obj, name, old = self._saved.pop()
            if old is _MISSING:
                try:
                    delattr(obj, name)
                except AttributeError:
                    pass
            else:
                setattr(obj, name, old)


def patch_asyncio(p, event_loop_alias=False):
    """asyncio.run/Runner/new_event_loop/get_event_loop -> VirtualEventLoop.

    Pyodide replaces asyncio.run with a JSPI wrapper and keeps its WebLoop set as
    the running loop; we restore CPython's genuine runners.run and clear the
    running loop (restored afterwards by \`restore_running_loop\`).
    """
    p.set(asyncio, "run", runners.run)
    if event_loop_alias and hasattr(asyncio, "EventLoop"):
        # run_program only: \`loop_factory=asyncio.EventLoop\` must not reach a selector
        # loop (no sockets in the browser). install() leaves it alone.
        p.set(asyncio, "EventLoop", VirtualEventLoop)
    if hasattr(events, "_event_loop_policy"):
        # Route through the policy, as CPython itself does, so a program (or test)
        # installing its own policy still gets it. Set the private slot directly:
        # set_event_loop_policy() is deprecated in 3.14. Resetting the policy to None
        # re-creates the "default" policy, so point that name at ours too.
        p.set(events, "_event_loop_policy", VirtualEventLoopPolicy())
        if "DefaultEventLoopPolicy" in vars(asyncio):  # 3.12/3.13
            p.set(asyncio, "DefaultEventLoopPolicy", VirtualEventLoopPolicy)
        for name in ("asyncio.unix_events", "asyncio.windows_events"):
            mod = sys.modules.get(name)
            if mod is not None and "_DefaultEventLoopPolicy" in vars(mod):  # 3.14+
                p.set(mod, "_DefaultEventLoopPolicy", VirtualEventLoopPolicy)
    else:  # policies removed (3.16+): new_event_loop() is the only factory
        p.set(asyncio, "new_event_loop", new_event_loop)
        p.set(events, "new_event_loop", new_event_loop)
    running = events._get_running_loop()
    events._set_running_loop(None)
    return running


def restore_running_loop(running):
    events._set_running_loop(running)


_installed = None


def install():
    """Make asyncio.run, asyncio.Runner, asyncio.new_event_loop and
    unittest.IsolatedAsyncioTestCase use VirtualEventLoop (plain CPython, no other
    patching: real threads still work)."""
    global _installed
    if _installed is not None:
        return
    p = Patcher()
    running = patch_asyncio(p)
    st = _state.RunState("<installed>", simulated=False)
    prev = _state.activate(st)
    _installed = (p, running, prev)


def uninstall():
    global _installed
    if _installed is None:
        return
    p, running, prev = _installed
    _installed = None
    p.restore()
    restore_running_loop(running)
    _state.deactivate(prev)


@contextlib.contextmanager
def installed():
    install()
    try:
        yield
    finally:
        uninstall()
`,c=`"""Captured stdout/stderr/stdin and input() for one run.

Every write is timestamped with the virtual clock and labelled with the task (or
simulated thread) that made it. Output is capped: past the cap the run is stopped
with OutputLimitExceeded.
"""
import io as _io
import time as _time

from .errors import OutputLimitExceeded
from .trace import current_task_name

_real_clock = _time.perf_counter  # bound at import, before any run patches the time module

# on_output is batched: a run of writes with the same stream and virtual time is
# passed on as one call, at most every _NOTIFY_INTERVAL real seconds or _NOTIFY_WRITES
# writes (the first write after a quiet spell goes out at once). Each call crosses
# into JavaScript under Pyodide, which would otherwise dominate a print loop.
_NOTIFY_INTERVAL = 0.05
_NOTIFY_WRITES = 256


def _fmt_bytes(n):
    if n >= 1_000_000 and n % 1_000_000 == 0:
        return "%d MB" % (n // 1_000_000)
    if n >= 1000 and n % 1000 == 0:
        return "%d kB" % (n // 1000)
    return "%d bytes" % n


class OutputSink:
    """Collects output chunks; the single producer of \`output\` trace events."""

    def __init__(self, st, max_bytes, on_output):
        self.st = st
        self.max_bytes = max_bytes
        self.on_output = on_output
        self.parts = {"stdout": [], "stderr": []}
        self.output = []        # result["output"] entries (text kept as parts until finish())
        self.nbytes = 0
        self.closed = False
        self._last = None       # (entry, parts, trace event) of the chunk being extended
        self._t_ns = self._t = None  # last stamp converted to seconds
        self._pending = None    # [stream, t, parts] not yet passed to on_output
        self._pending_writes = 0
        self._notified = float("-inf")  # real time of the last on_output call

    def write(self, stream, text):
        """Called by the captured sys.stdout/sys.stderr."""
        if self.closed or not text:
            return
        st = self.st
        if st.job is not None:  # a simulated thread: released at its virtual instant
            st.job.output(stream, text)
            return
        self.emit(stream, text, st.now_ns, current_task_name(), None)

    def emit(self, stream, text, t_ns, task, thread):
        if self.closed or not text:
            return
        n = len(text) if text.isascii() else len(text.encode("utf-8", "replace"))
        if self.nbytes + n > self.max_bytes:
            room = self.max_bytes - self.nbytes
            self._append(stream, text.encode("utf-8", "replace")[:max(room, 0)]
                         .decode("utf-8", "ignore"), t_ns, task, thread)
            self.closed = True
            raise self.st.set_fatal(OutputLimitExceeded(
                "Output limit reached (%s). Your program printed more than %s bytes, so it "
                "was stopped. Print less (for example only every 1000th value), or check "
                "for a loop that never ends." % (_fmt_bytes(self.max_bytes),
                                                 format(self.max_bytes, ",")), ), sticky=True)
        self.nbytes += n
        self._append(stream, text, t_ns, task, thread)

    def force(self, stream, text):
        """Runtime messages (tracebacks, limit notices): never capped or dropped."""
        self._append(stream, text, self.st.now_ns, None, None)

    def _append(self, stream, text, t_ns, task, thread):
        if not text:
            return
        if t_ns == self._t_ns:
            t = self._t
        else:
            self._t_ns, self._t = t_ns, t = t_ns, round(t_ns / 1e9, 9)
        label = task if task is not None else thread
        self.parts[stream].append(text)
        tracer = self.st.tracer
        last = self._last
        # Merge the pieces of one print() (text, sep, end) into one chunk, as long as
        # nothing else happened in between.
        if (last is not None and last[0]["stream"] == stream and last[0]["t"] == t
                and last[0]["task"] == label
                and (tracer is None or (tracer.events and tracer.events[-1] is last[2]))):
            last[1].append(text)
        else:
            entry = {"stream": stream, "text": "", "t": t, "task": label}
            ev = None
            if tracer is not None:
                ev = tracer.emit("output", t_ns, stream=stream, text="", task=task,
                                 thread=thread)
            self._finish_last()
            self._last = (entry, [text], ev)
            self.output.append(entry)
        if self.on_output is not None:
            self._notify(stream, text, t)

    def _notify(self, stream, text, t):
        p = self._pending
        if p is not None and (p[0] != stream or p[1] != t):
            self._flush_notify()
            p = None
        if p is None:
            self._pending = [stream, t, [text]]
        else:
            p[2].append(text)
        n = self._pending_writes = self._pending_writes + 1
        # The real clock is read on the first write of a batch and every 16th after.
        if n >= _NOTIFY_WRITES or (n & 15 == 1 and _real_clock() - self._notified >= _NOTIFY_INTERVAL):
            self._flush_notify()

    def _flush_notify(self):
        p = self._pending
        if p is None:
            return
        self._pending = None
        self._pending_writes = 0
        self._notified = _real_clock()
        self.on_output(p[0], "".join(p[2]), p[1])

    def _finish_last(self):
        if self._last is not None:
            entry, parts, ev = self._last
            entry["text"] = "".join(parts)
            if ev is not None:
                ev["text"] = entry["text"]
            self._last = None

    def finish(self):
        self._finish_last()
        self._flush_notify()
        self.closed = True
        return "".join(self.parts["stdout"]), "".join(self.parts["stderr"])


class CapturedStream(_io.TextIOBase):
    """What sys.stdout / sys.stderr are during a run."""

    def __init__(self, sink, name):
        self._sink = sink
        self._name = name

    @property
    def name(self):
        return "<%s>" % self._name

    @property
    def encoding(self):
        return "utf-8"

    @property
    def errors(self):
        return "strict"

    def writable(self):
        return True

    def isatty(self):
        return False

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        self._sink.write(self._name, s)
        return len(s)

    def flush(self):
        pass


class CapturedStdin(_io.StringIO):
    """sys.stdin: the given text, like a pipe (nothing is echoed)."""

    def __init__(self, text):
        super().__init__(text or "")
        self.provided = text is not None

    @property
    def name(self):
        return "<stdin>"

    def isatty(self):
        return False


NO_INPUT_MESSAGE = (
    "EOF when reading a line: the program called input() but no input was given. "
    "Provide the program's input (stdin) before running it, one line per input() call.")


def make_input(sys_module):
    def input(prompt=""):
        """Read a line from the run's stdin; the prompt goes to stdout."""
        out = sys_module.stdout
        if prompt != "":
            out.write(str(prompt))
            out.flush()
        stdin = sys_module.stdin
        line = stdin.readline()
        if not line:
            if not getattr(stdin, "provided", True):
                raise EOFError(NO_INPUT_MESSAGE)
            raise EOFError("EOF when reading a line")
        return line[:-1] if line.endswith("\\n") else line
    return input
`,l=`"""VirtualEventLoop: CPython's own event loop driven by a virtual clock.

We subclass asyncio.BaseEventLoop and keep CPython's \`_run_once\`, so debug mode,
slow-callback warnings and every high-level API behave exactly as in CPython.
\`_run_once\` asks the selector to wait; our fake selector instead *jumps the
clock* to the next timer. When nothing is ready and no timer is left, no task
can ever wake up: that is a deadlock, which we report instead of hanging.
"""
import heapq
import itertools
import threading
import time as _time

from asyncio import base_events, events, futures

from . import state as _state
from .deadlock import deadlock_error
from .errors import IdleLoopLimitExceeded
from .clock import time_limit_error
from .trace import is_task

try:
    from asyncio.timeouts import Timeout as _Timeout
except ImportError:  # pragma: no cover
    _Timeout = None

_real_sleep = _time.sleep
_real_monotonic = _time.monotonic
_default_state = None


def _get_state():
    st = _state.current()
    if st is None:
        # A loop made outside run_program()/install(): give it its own clock.
        global _default_state
        if _default_state is None:
            _default_state = _state.RunState("<none>", simulated=False)
        st = _default_state
    return st


class _FakeSelector:
    """Stands in for selectors.DefaultSelector: \`select\` moves virtual time."""

    __slots__ = ("_loop",)

    def __init__(self, loop):
        self._loop = loop

    def select(self, timeout=None):
        return self._loop._virtual_select(timeout)

    def close(self):
        pass

    def get_map(self):
        return {}


class VTimerHandle(events.TimerHandle):
    """Timer ordered by (deadline in ns, scheduling order): ties are deterministic."""

    __slots__ = ("_when_ns", "_seq")

    def __init__(self, when_ns, seq, callback, args, loop, context):
        super().__init__(when_ns / 1e9, callback, args, loop, context)
        self._when_ns = when_ns
        self._seq = seq

    def __lt__(self, other):
        return (self._when_ns, self._seq) < (other._when_ns, other._seq)

    def __le__(self, other):
        return (self._when_ns, self._seq) <= (other._when_ns, other._seq)

    def __gt__(self, other):
        return (self._when_ns, self._seq) > (other._when_ns, other._seq)

    def __ge__(self, other):
        return (self._when_ns, self._seq) >= (other._when_ns, other._seq)

    def _run(self):
        tracer = self._loop._tracer
        if tracer is not None:
            tracer.emit("timer_fired", timer=self._seq)
        super()._run()


class _TracedHandle(events.Handle):
    """Handle that reports the task step it runs (only used when tracing)."""

    __slots__ = ()

    def _run(self):
        task = getattr(self._callback, "__self__", None)
        if task is None or not is_task(task):
            return super()._run()
        tracer = self._loop._tracer
        tracer.step(task)
        try:
            super()._run()
        finally:
            tracer.after_step(task)


def _purpose(callback):
    if callback is futures._set_result_unless_cancelled:
        return "sleep"
    owner = getattr(callback, "__self__", None)
    purpose = getattr(owner, "timer_purpose", None)  # simulated thread/process job
    if purpose is not None:
        return purpose
    if _Timeout is not None and isinstance(owner, _Timeout):
        return "timeout"
    return "callback"


class VirtualEventLoop(base_events.BaseEventLoop):
    def __init__(self):
        super().__init__()
        st = _get_state()
        self._vstate = st
        self._selector = _FakeSelector(self)
        self._clock_resolution = 1e-9
        self._tracer = st.tracer
        self._timer_seq = itertools.count(1)
        self._idle = 0
        self._last_ns = -1
        self._muted = False
        st.loops.add(self)

    # --- time ------------------------------------------------------------
    def time(self):
        return self._vstate.now_ns / 1e9

    def _virtual_select(self, timeout):
        st = self._vstate
        if st.stop_loops is not None:
            raise st.stop_loops
        if timeout is None:
            if not st.simulated and self._wait_for_threads():
                return ()
            err = deadlock_error(self, st)
            if self._tracer is not None:
                self._tracer.emit("deadlock", message=str(err), tasks=err.details)
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
                if self._tracer is not None:
                    self._tracer.loop_idle(now, when_ns)
                st.now_ns = when_ns
        if st.now_ns == self._last_ns:
            self._idle += 1
            if st.max_idle is not None and self._idle > st.max_idle:
                self._idle = 0
                raise st.set_fatal(IdleLoopLimitExceeded(
                    "Your program's event loop went round %s times without the virtual "
                    "clock moving. A task probably keeps yielding (for example \`while True: "
                    "await asyncio.sleep(0)\`) without ever finishing or waiting for time "
                    "to pass." % format(st.max_idle, ",")))
        else:
            self._idle = 0
            self._last_ns = st.now_ns
        return ()

    def _wait_for_threads(self, limit=30.0):
        """install() mode only: real threads may still call call_soon_threadsafe."""
        deadline = _real_monotonic() + limit
        while not self._ready:
            if threading.active_count() <= 1 or _real_monotonic() > deadline:
                break
            _real_sleep(0.0005)
        return bool(self._ready)

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        pass

    # --- scheduling ---------------------------------------------------------
    def call_at(self, when, callback, *args, context=None):
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
        timer = VTimerHandle(when_ns, next(self._timer_seq), callback, args, self, context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        if self._tracer is not None:
            self._tracer.timer_scheduled(timer, _purpose(callback))
        return timer

    def _timer_handle_cancelled(self, handle):
        super()._timer_handle_cancelled(handle)
        if self._tracer is not None and handle._scheduled and isinstance(handle, VTimerHandle):
            self._tracer.emit("timer_cancelled", timer=handle._seq)

    def _call_soon(self, callback, args, context):
        if self._tracer is None:
            return super()._call_soon(callback, args, context)
        handle = _TracedHandle(callback, args, self, context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        self._ready.append(handle)
        self._note_ready(handle)
        return handle

    def _note_ready(self, handle):
        if self._tracer is not None:
            task = getattr(handle._callback, "__self__", None)
            if task is not None and is_task(task):
                self._tracer.ready(task)

    def call_soon_threadsafe(self, callback, *args, context=None):
        job = self._vstate.job
        if job is not None:  # from a simulated thread: released at the job's instant
            self._check_closed()
            return job.call_soon_threadsafe(self, callback, args, context)
        return super().call_soon_threadsafe(callback, *args, context=context)

    def create_task(self, coro, **kwargs):
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
            self._tracer.task_created(task, st.learner_line(2))
        return task

    def run_in_executor(self, executor, func, *args):
        st = self._vstate
        st.last_job = None
        fut = super().run_in_executor(executor, func, *args)
        if st.last_job is not None:
            st.job_futures[fut] = st.last_job
        return fut

    async def shutdown_default_executor(self, timeout=None):
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

    def call_exception_handler(self, context):
        if self._muted:
            return
        super().call_exception_handler(context)


# Named BaseDefaultEventLoopPolicy up to 3.13, _BaseDefaultEventLoopPolicy from 3.14.
_BasePolicy = getattr(events, "_BaseDefaultEventLoopPolicy", None) or events.BaseDefaultEventLoopPolicy


class VirtualEventLoopPolicy(_BasePolicy):
    """Routes get_event_loop()/new_event_loop() to VirtualEventLoop (3.12–3.15)."""

    _loop_factory = VirtualEventLoop


def new_event_loop():
    return VirtualEventLoop()
`,u=`"""run_program(): run one learner program in a fresh, fully simulated world.

Everything the program can change globally is patched for the run and restored
afterwards, so run N+1 never sees run N's state.
"""
import builtins
import gc
import linecache
import logging
import operator
import os
import sys
import traceback
import types
import warnings

from . import clock, executors
from . import state as _state
from .errors import RuntimeLimitError, describe_exception, format_exception
from .install import Patcher, patch_asyncio, restore_running_loop
from .io import CapturedStdin, CapturedStream, OutputSink, make_input
from .checks import run_checks
from .inspect_source import inspect_source
from .trace import Recorder

# Dropping the learner's namespace and collecting garbage runs here, in code whose
# filename is "sys", so coroutines found never-awaited at the end are reported as
# CPython reports them at interpreter exit: "sys:1: RuntimeWarning: coroutine ...".
_FINAL_GC = compile("ns.clear(); gc.collect()", "sys", "exec")


def run_program(source, filename="main.py", *, stdin=None, trace=False,
                full_traceback=False, max_virtual_time=3600.0,
                max_idle_iterations=100_000, max_output_bytes=1_000_000, on_output=None,
                checks=None, inspect=False):
    # Collect garbage left by whatever ran before us, so its destructors and
    # warnings don't show up in this run's output.
    gc.collect()
    # Checks read the trace, so record it for them even when it is not returned.
    tracer = Recorder() if trace or checks else None
    st = _state.RunState(filename, max_virtual_time=max_virtual_time,
                         max_idle_iterations=max_idle_iterations, tracer=tracer)
    if tracer is not None:
        tracer.st = st
    sink = OutputSink(st, max_output_bytes, on_output)
    st.writer = sink
    module = types.ModuleType("__main__")
    module.__file__ = filename

    modules_before = set(sys.modules)
    saved_main = sys.modules.get("__main__")
    saved_hooks = sys.get_asyncgen_hooks()
    saved_recursion = sys.getrecursionlimit()
    root = logging.getLogger()
    saved_logging = (root.handlers[:], root.level)
    saved_linecache = linecache.cache.get(filename)
    prev_state = _state.activate(st)
    p = Patcher()
    running = None
    check_results = []
    exit_code, error = 0, None
    warn_ctx = warnings.catch_warnings()
    warn_ctx.__enter__()
    try:
        p.set_all(clock.patches())
        p.set_all(executors.patches())
        running = patch_asyncio(p, event_loop_alias=True)
        p.set(sys, "stdout", CapturedStream(sink, "stdout"))
        p.set(sys, "stderr", CapturedStream(sink, "stderr"))
        p.set(sys, "stdin", CapturedStdin(stdin))
        p.set(builtins, "input", make_input(sys))
        p.set(sys, "argv", [filename])
        p.set(os, "_exit", _os_exit)
        sys.modules["__main__"] = module
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)

        exit_code, error = _execute(st, sink, source, filename, module, full_traceback)
        if st.fatal is not None:
            exit_code, error = 1, _report_fatal(st, sink)
        if checks is not None:
            check_results = run_checks(checks, st, sink, module)
        _finish_run(st, sink, module)
    finally:
        stdout, stderr = sink.finish()
        p.restore()
        restore_running_loop(running)
        warn_ctx.__exit__(None, None, None)
        if saved_main is not None:
            sys.modules["__main__"] = saved_main
        sys.set_asyncgen_hooks(*saved_hooks)
        sys.setrecursionlimit(saved_recursion)
        root.handlers[:] = saved_logging[0]
        root.setLevel(saved_logging[1])
        if saved_linecache is None:
            linecache.cache.pop(filename, None)
        else:
            linecache.cache[filename] = saved_linecache
        for name in set(sys.modules) - modules_before:
            if not name.startswith("awaitable_runtime"):
                del sys.modules[name]  # learner imports don't outlive the run
        _state.deactivate(prev_state)

    result = {
        "stdout": stdout,
        "stderr": stderr,
        "exitCode": exit_code,
        "elapsed": round(st.now_ns / 1e9, 9),
        "error": error,
        "output": sink.output,
        "events": tracer.events if trace else [],
    }
    if checks is not None:
        result["checks"] = check_results
    if inspect:
        result["inspection"] = inspect_source(source)
    return result


def _execute(st, sink, source, filename, module, full_traceback):
    try:
        code = compile(source, filename, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        if not isinstance(exc, SyntaxError):  # e.g. null bytes in the source
            exc = SyntaxError(str(exc))
        sink.force("stderr", "".join(traceback.format_exception_only(type(exc), exc)))
        return 1, describe_exception(exc, filename)
    try:
        exec(code, module.__dict__)
    except SystemExit as exc:
        return _exit_status(exc, sink, filename)
    except RuntimeLimitError:
        pass  # st.fatal is set; reported by the caller
    except BaseException as exc:
        if st.fatal is None:
            sink.force("stderr", format_exception(exc, full_traceback))
            return 1, describe_exception(exc, filename)
    return 0, None


def _os_exit(status):
    """os._exit(n) ends the run like sys.exit(n) (the real one would kill the worker)."""
    raise SystemExit(operator.index(status))


def _exit_status(exc, sink, filename):
    """CPython's handling of SystemExit at the top level. An exit is not an error:
    \`error\` stays None whatever the status (the exit code carries it)."""
    code = exc.code
    if code is None:
        return 0, None
    if isinstance(code, int):
        return int(code), None  # int(): sys.exit(True) is status 1
    sink.force("stderr", "%s\\n" % (code,))
    return 1, None


def _report_fatal(st, sink):
    exc = st.fatal
    text = "%s: %s\\n" % (exc.error_type, exc)
    if sink.output and not sink.output[-1]["text"].endswith("\\n") and sink._last is not None \\
            and not sink._last[1][-1].endswith("\\n"):
        text = "\\n" + text
    sink.force("stderr", text)
    if st.tracer is not None:
        st.tracer.emit("limit", type=exc.error_type, message=str(exc))
    return {"type": exc.error_type, "message": str(exc), "line": getattr(exc, "line", None)}


def _finish_run(st, sink, module):
    """Drop the program's objects while output is still captured, so destructors,
    never-awaited warnings and "Task was destroyed" messages land in the run."""
    if st.fatal is not None:
        sink.closed = True  # after a forced stop, teardown noise would only confuse
        for loop in list(st.loops):
            loop._muted = True
    try:
        exec(_FINAL_GC, {"__name__": "sys", "ns": module.__dict__, "gc": gc})
        for loop in list(st.loops):
            if not loop.is_closed() and not loop.is_running():
                loop._muted = True
                loop.close()
        gc.collect()
    except BaseException:
        pass
`,d=`"""Keeping learner code away from the host during a run (defence in depth).

Under Pyodide, \`js\`, \`pyodide\`, \`pyodide_js\`, \`_pyodide\` and friends let Python
reach JavaScript: the page's globals, \`fetch\`, \`postMessage\`. During a run
\`Sandbox\` makes importing them fail with a clear ImportError, hides them from
\`sys.modules\`, removes Pyodide's JsFinder from \`sys.meta_path\`, and caps
\`sys.setrecursionlimit\` (deep recursion must end in RecursionError, not in a
crash of the wasm stack). Everything is put back afterwards: our own host code
still needs these modules between runs.

This is not a security boundary on its own (see README → Sandbox): Python has
no private state, so a determined program can still find host objects through
introspection. The worker that hosts Pyodide is the boundary.
"""
import operator
import sys

# Top-level names whose modules (and submodules) a learner program may not import.
BLOCKED = frozenset({
    "js", "pyodide", "pyodide_js", "_pyodide", "_pyodide_core", "pyodide_http",
    "micropip", "pyodide_kernel", "pyxterm", "pyscript", "_pyscript",
})

# sys.setrecursionlimit() above this is lowered to it during a run. Measured with
# Pyodide in Node: C-recursive shapes (a __repr__ or __getattr__ calling itself)
# crash the wasm stack somewhere between 2,000 and 5,000 frames with a 4 MB
# native stack, and between 10,000 and 30,000 with the 16 MB the Node runner
# gives its worker. Plain Python recursion is fine far deeper.
MAX_RECURSION_LIMIT = 2000

_MESSAGE = ("The module '%s' is not available in Awaitable's sandbox: programs here "
            "cannot reach the web page or the network")


def is_blocked(name):
    return isinstance(name, str) and name.partition(".")[0] in BLOCKED


def blocked_error(name):
    root = name.partition(".")[0]
    return ImportError(_MESSAGE % root, name=name)


class SandboxFinder:
    """First on sys.meta_path during a run: refuses the host's modules."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if is_blocked(name):
            raise blocked_error(name)
        return None

    @staticmethod
    def invalidate_caches():
        pass


def _is_js_finder(finder):
    cls = finder if isinstance(finder, type) else type(finder)
    return is_blocked(getattr(cls, "__module__", None) or "")


class Sandbox:
    """enter() before the learner's code runs, exit() after (always)."""

    def __init__(self, warn):
        self._warn = warn  # warn(text): a line on the run's stderr
        self._hidden = {}
        self._meta_path = None
        self._setrecursionlimit = None

    def enter(self):
        self._meta_path = list(sys.meta_path)
        sys.meta_path[:] = [SandboxFinder] + [f for f in self._meta_path if not _is_js_finder(f)]
        for name in [n for n in sys.modules if is_blocked(n)]:
            self._hidden[name] = sys.modules.pop(name)
        real = self._setrecursionlimit = sys.setrecursionlimit
        if sys.getrecursionlimit() > MAX_RECURSION_LIMIT:
            real(MAX_RECURSION_LIMIT)
        warn = self._warn

        def setrecursionlimit(limit, /):
            limit = operator.index(limit)
            if limit > MAX_RECURSION_LIMIT:
                warn("Warning: sys.setrecursionlimit(%d) was lowered to %d: deeper recursion "
                     "would crash Python in the browser, whose stack is small.\\n"
                     % (limit, MAX_RECURSION_LIMIT))
                limit = MAX_RECURSION_LIMIT
            real(limit)

        setrecursionlimit.__doc__ = real.__doc__
        sys.setrecursionlimit = setrecursionlimit

    def exit(self):
        if self._setrecursionlimit is not None:
            sys.setrecursionlimit = self._setrecursionlimit
        if self._meta_path is not None:
            sys.meta_path[:] = self._meta_path
        for name in [n for n in sys.modules if is_blocked(n)]:
            del sys.modules[name]  # whatever the program put there
        sys.modules.update(self._hidden)
        self._hidden = {}
`,f=`"""Per-run state shared by the loop, the clock, the executors and the I/O capture.

One RunState is active at a time (\`current()\`); run_program creates a fresh one
per run so nothing leaks from run N into run N+1.
"""
import itertools
import sys
import weakref

from asyncio import events as _events

_HANDLE_RUN_CODE = _events.Handle._run.__code__
_current = None


def current():
    return _current


def activate(st):
    global _current
    prev = _current
    _current = st
    return prev


def deactivate(prev):
    global _current
    _current = prev


class RunState:
    def __init__(self, filename="main.py", *, max_virtual_time=None,
                 max_idle_iterations=None, tracer=None, simulated=True):
        self.filename = filename
        self.now_ns = 0  # the main timeline's virtual clock, in nanoseconds
        self.max_ns = None if max_virtual_time is None else round(max_virtual_time * 1e9)
        self.max_virtual_time = max_virtual_time
        self.max_idle = max_idle_iterations
        self.tracer = tracer
        # simulated=False (install() mode) keeps real threads working: the loop
        # then waits for real call_soon_threadsafe wake-ups instead of declaring deadlock.
        self.simulated = simulated
        self.fatal = None        # first RuntimeLimitError of the run; reported no matter what
        self.stop_loops = None   # sticky error: every loop iteration re-raises it
        self.task_counter = itertools.count(1)
        self.task_seq = weakref.WeakKeyDictionary()  # task -> creation order
        self.task_order = itertools.count()
        self.last_job = None     # set by simulated submit(), read by run_in_executor
        self.pool_counter = itertools.count()       # ThreadPoolExecutor-N_ numbering
        self.process_counter = itertools.count(1)   # simulated process names
        self.job_counter = itertools.count(1)
        self.job = None          # the simulated thread/process job running right now
        self.job_futures = weakref.WeakKeyDictionary()  # asyncio future -> job (for the trace)
        self.loops = weakref.WeakSet()  # loops created during the run (closed at the end)
        self.writer = None       # io.OutputSink

    # --- clock -------------------------------------------------------
    def clock_ns(self):
        """Virtual now as seen by the caller: a job sees its own thread clock."""
        job = self.job
        return job.ns if job is not None else self.now_ns

    def learner_line(self, depth=2):
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

    def set_fatal(self, exc, sticky=False):
        if self.fatal is None:
            self.fatal = exc
        if sticky:
            self.stop_loops = exc
        return exc
`,p=`"""Trace recorder: a flat list of events {seq, t, kind, ...}.

Events are appended in the order things happen on the main timeline, so \`t\` never
decreases along \`seq\`. Simulated thread/process jobs run eagerly but their events
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
                exc = task.exception()
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

    def block(self, start_ns, ns, line, reason):
        self.emit("block", start_ns, task=current_task_name(), duration=round(ns / 1e9, 9),
                  line=line, reason=reason)
`;const m=`/home/pyodide/awaitable`;function h(e,t){for(let[n,r]of Object.entries(t)){let t=`${m}/${n}`;e.FS.mkdirTree(t.slice(0,t.lastIndexOf(`/`))),e.FS.writeFile(t,r)}e.runPython(`
import sys
if ${JSON.stringify(m)} not in sys.path:
    sys.path.insert(0, ${JSON.stringify(m)})
import awaitable_runtime
`)}var g=class{entry;constructor(e){this.entry=e.runPython(`
import json
import awaitable_runtime

def _awaitable_entry(request_json, on_output=None):
    request = json.loads(request_json)
    result = awaitable_runtime.run_program(
        request["source"],
        request.get("filename") or "main.py",
        stdin=request.get("stdin"),
        trace=bool(request.get("trace")),
        full_traceback=bool(request.get("fullTraceback")),
        on_output=on_output,
        checks=request.get("checks"),
        inspect=bool(request.get("inspect")),
    )
    return json.dumps(result)

_awaitable_entry
`)}run(e,t){let n=t?(e,n,r)=>t({stream:e,text:n,t:r}):void 0,r=this.entry(JSON.stringify(e),n);return JSON.parse(r)}},_=class{pending=[];lastFlush=0;flush;intervalMs;maxChunks;now;constructor(e,t=50,n=500,r=()=>Date.now()){this.flush=e,this.intervalMs=t,this.maxChunks=n,this.now=r}push(e){this.pending.push(e),(this.pending.length>=this.maxChunks||this.now()-this.lastFlush>=this.intervalMs)&&this.drain()}drain(){if(this.lastFlush=this.now(),this.pending.length===0)return;let e=this.pending;this.pending=[],this.flush(e)}};const v=/* @__PURE__ */ `asyncio,concurrent.futures,contextvars,contextlib,json,ast,time,datetime,random,inspect,traceback,linecache,threading,queue,collections,dataclasses,enum,functools,itertools,typing,re,math,statistics,textwrap,string,heapq,weakref,signal`.split(`,`);`${JSON.stringify(m)}${JSON.stringify(m)}${v.map(e=>`import ${e}`).join(`
`)}`;const y=e=>self.postMessage(e),b=(e,t)=>y({type:`status`,phase:`loading`,message:e,progress:t}),x=Object.fromEntries(Object.entries(/* @__PURE__ */ Object.assign({"./python/awaitable_runtime/__init__.py":e,"./python/awaitable_runtime/checks.py":t,"./python/awaitable_runtime/clock.py":n,"./python/awaitable_runtime/deadlock.py":r,"./python/awaitable_runtime/errors.py":i,"./python/awaitable_runtime/executors.py":a,"./python/awaitable_runtime/inspect_source.py":o,"./python/awaitable_runtime/install.py":s,"./python/awaitable_runtime/io.py":c,"./python/awaitable_runtime/loop.py":l,"./python/awaitable_runtime/runner.py":u,"./python/awaitable_runtime/sandbox.py":d,"./python/awaitable_runtime/state.py":f,"./python/awaitable_runtime/trace.py":p})).map(([e,t])=>[e.replace(`./python/`,``),t])),S=`awaitable-assets-v1`,C=`first-visit=plain`.split(`=`)[1];async function w(e){try{let t=`caches`in self?await caches.match(e):void 0;if(t)return t}catch{}try{let t=await fetch(e,{cache:`only-if-cached`,mode:`same-origin`});if(t.ok)return t}catch{}return null}async function T(e){if(!e.ok||!e.body)throw Error(`HTTP ${e.status}`);let t=e.body.pipeThrough(new DecompressionStream(`gzip`));return new Uint8Array(await new Response(t).arrayBuffer())}async function E(e){try{`caches`in self&&await(await caches.open(S)).delete(e)}catch{}}async function D(e){try{let t=await fetch(e,{priority:`low`});if(!t.ok)return;`caches`in self?await(await caches.open(S)).put(e,t):await t.arrayBuffer()}catch{}}async function O(){let e=performance.now();b(`Downloading Python…`,.05);let t=new URL(`/pyodide/314.0.7/`,self.location.origin).href,{loadPyodide:n}=await import(
/* @vite-ignore */
`${t}pyodide.mjs`),r=t+`snapshot-314.0.7-cc79f59cd2123e49.bin.gz`,i=`plain`,a=null;if(r){let e=await w(r)??(C===`snapshot`?await fetch(r):null);if(e){b(`Starting Python…`,.3);try{a=await n({indexURL:t,stdout:()=>{},_loadSnapshot:T(e)}),h(a,x),a.runPython(`
import sys
if "random" in sys.modules:
    sys.modules["random"].seed()
import time
if hasattr(time, "tzset"):
    time.tzset()
`),i=`snapshot`}catch(e){a=null,i=`plain-fallback`,console.warn(`Awaitable: the Python memory snapshot could not be used (${e instanceof Error?e.message.split(`
`)[0]:e}); starting Python the ordinary way.`),await E(r)}}}else console.info(`Awaitable: this build has no Python memory snapshot; starting Python the ordinary way.`);a||(b(`Starting Python…`,.3),a=await n({indexURL:t,stdout:()=>{}}),b(`Loading the asyncio runtime…`,.9),h(a,x));let o=new g(a),s=Math.round(performance.now()-e);return self.awaitableStart={kind:i,ms:s},console.info(`Awaitable: Python started (${i}) in ${s} ms.`),y({type:`status`,phase:`ready`,message:`Python is ready (${i} start).`,progress:1}),r&&i!==`snapshot`&&D(r),o}const k=O().catch(e=>{throw y({type:`crashed`,id:null,message:`Python could not start: ${e instanceof Error?e.message:e}`}),e});self.onmessage=async e=>{let t=e.data;if(t?.type!==`run`)return;let n=await k,{id:r,request:i,stream:a}=t,o=new _(e=>y({type:`output`,id:r,chunks:e}));try{let e=n.run(i,a?e=>o.push(e):void 0);o.drain(),y({type:`result`,id:r,result:e})}catch(e){y({type:`crashed`,id:r,message:e instanceof Error?e.message:String(e)})}};