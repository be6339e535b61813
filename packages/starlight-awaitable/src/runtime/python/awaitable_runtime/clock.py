"""Virtual time as the learner's program sees it.

time.monotonic/perf_counter/time (+ _ns) read the run's virtual clock; time.sleep
advances it *while holding the loop* (the "blocking the event loop" lesson);
datetime.now()/today() follow it. The clock starts at a fixed wall-clock epoch,
2026-01-01 09:00:00, and the simulated local time zone is UTC, so output is the
same on every machine and in every browser.
"""
from __future__ import annotations

import calendar
import math
import datetime as _dt
import time as _time
import warnings
from collections.abc import Iterable
from typing import Any, Self, TypeVar

from . import state as _state
from .state import block, time_limit_error  # the loop's thread held: the layer below (state.py)

EPOCH = 1767258000  # 2026-01-01 09:00:00 UTC, as a Unix timestamp
_EPOCH_NS = EPOCH * 1_000_000_000

_real = {name: getattr(_time, name) for name in (
    "monotonic", "monotonic_ns", "perf_counter", "perf_counter_ns", "time", "time_ns",
    "sleep", "localtime", "gmtime", "ctime", "asctime", "strftime", "mktime",
    "process_time", "process_time_ns")}
_real_gmtime = _time.gmtime
_real_asctime = _time.asctime
_real_strftime = _time.strftime
_real_datetime = _dt.datetime
_real_date = _dt.date
_EPOCH_DT = _real_datetime(2026, 1, 1, 9, 0, 0)
_D = TypeVar("_D", bound=_dt.datetime)
_TimeTuple = tuple[int, int, int, int, int, int, int, int, int]


def _ns() -> int:
    st = _state.current()
    return st.read_ns() if st is not None else _real["monotonic_ns"]()


def monotonic() -> float:
    return _ns() / 1e9


def monotonic_ns() -> int:
    return _ns()


def perf_counter() -> float:
    return _ns() / 1e9


def perf_counter_ns() -> int:
    return _ns()


def process_time_ns() -> int:
    """The CPU time the run has been charged so far (all its threads and processes
    together): 0 with CPU time off. Unlike perf_counter, waiting does not count."""
    st = _state.current()
    if st is None:
        return _real["process_time_ns"]()
    if st.cpu is None:
        return 0
    st.flush_cpu()
    return st.cpu.charged_ns


def process_time() -> float:
    return process_time_ns() / 1e9


def time() -> float:
    st = _state.current()
    if st is None:
        return EPOCH + _real["monotonic_ns"]() / 1e9
    value = EPOCH + st.read_ns() / 1e9
    if st.epoll_timing:
        # Strictly increasing like the other clocks; near 2026 a float's step is ~240 ns.
        if value <= st.last_wall:
            value = math.nextafter(st.last_wall, math.inf)
            st.advance_read(math.ceil((value - EPOCH) * 1e9))
        st.last_wall = value
    return value


def time_ns() -> int:
    return _EPOCH_NS + _ns()


def localtime(secs: float | None = None) -> _time.struct_time:
    # The simulated local zone is UTC.
    return _real_gmtime(time() if secs is None else secs)


def gmtime(secs: float | None = None) -> _time.struct_time:
    return _real_gmtime(time() if secs is None else secs)


def mktime(t: Iterable[int]) -> float:
    return float(calendar.timegm(tuple(t)))


def asctime(t: _time.struct_time | _TimeTuple | None = None) -> str:
    return _real_asctime(localtime() if t is None else t)


def ctime(secs: float | None = None) -> str:
    return _real_asctime(localtime(secs))


def strftime(format: str, t: _time.struct_time | _TimeTuple | None = None) -> str:
    return _real_strftime(format, localtime() if t is None else t)


def sleep(secs: Any) -> None:  # Any: bad arguments get CPython's errors
    """Advance virtual time by `secs` without letting anything else run."""
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
    st.flush_cpu()
    line = st.learner_line(2)
    if st.job is not None:
        st.job.sleep(ns, line)
        return
    block(st, ns, line, "time.sleep")


def spend(seconds: float) -> None:
    """Charge `seconds` of CPU time to whoever calls this, as if Python code had run
    that long holding the GIL (used by simulated libraries, e.g. simweb's image
    filter, so lessons can show CPU-bound work without burning real CPU)."""
    st = _state.current()
    if st is None or st.cpu is None or seconds <= 0:
        return
    st.cpu.add_seconds(seconds)
    st.flush_cpu()


# --- datetime ----------------------------------------------------------

class _RealInstanceMeta(type):
    """isinstance()/issubclass() accept the real datetime/date too, so objects
    made before the run (or by C code) still pass learner type checks."""

    _real_cls: type

    def __instancecheck__(cls, obj: object) -> bool:
        return isinstance(obj, cls._real_cls)

    def __subclasscheck__(cls, sub: type) -> bool:
        return issubclass(sub, cls._real_cls)


def _virtual_naive_now() -> _dt.datetime:
    return _EPOCH_DT + _dt.timedelta(microseconds=_ns() // 1000)


def _as(cls: type[_D], d: _dt.datetime) -> _D:
    return cls(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond,
               d.tzinfo, fold=d.fold)


class date(_real_date, metaclass=_RealInstanceMeta):
    _real_cls = _real_date
    __slots__ = ()

    @classmethod
    def today(cls) -> Self:
        d = _virtual_naive_now()
        return cls(d.year, d.month, d.day)

    @classmethod
    def fromtimestamp(cls, t: float) -> Self:
        d = _real_datetime.fromtimestamp(t, _dt.timezone.utc)
        return cls(d.year, d.month, d.day)

    def __repr__(self) -> str:
        return _real_date.__repr__(_real_date(self.year, self.month, self.day))


class datetime(_real_datetime, metaclass=_RealInstanceMeta):
    _real_cls = _real_datetime
    __slots__ = ()

    @classmethod
    def now(cls, tz: _dt.tzinfo | None = None) -> Self:
        naive = _virtual_naive_now()
        if tz is None:
            return _as(cls, naive)
        return _as(cls, tz.fromutc(naive.replace(tzinfo=tz)))

    @classmethod
    def today(cls) -> Self:
        return cls.now()

    @classmethod
    def utcnow(cls) -> Self:
        warnings.warn(
            "datetime.datetime.utcnow() is deprecated and scheduled for removal in a "
            "future version. Use timezone-aware objects to represent datetimes in UTC: "
            "datetime.datetime.now(datetime.UTC).", DeprecationWarning, stacklevel=2)
        return _as(cls, _virtual_naive_now())

    @classmethod
    def fromtimestamp(cls, timestamp: float, tz: _dt.tzinfo | None = None) -> Self:
        if tz is None:  # local time is UTC in the simulation
            return _as(cls, _real_datetime.fromtimestamp(timestamp, _dt.timezone.utc).replace(tzinfo=None))
        return _as(cls, _real_datetime.fromtimestamp(timestamp, tz))

    def timestamp(self) -> float:
        if self.tzinfo is None:
            return (_real_datetime(self.year, self.month, self.day, self.hour, self.minute,
                                   self.second, self.microsecond, _dt.timezone.utc)).timestamp()
        return _real_datetime.timestamp(self)

    def __repr__(self) -> str:
        return _real_datetime.__repr__(_as(_real_datetime, self))


date.__module__ = datetime.__module__ = "datetime"


def patches() -> list[tuple[object, str, object]]:
    """(module, attribute, replacement) triples applied for the duration of a run."""
    out: list[tuple[object, str, object]] = [(_time, name, globals()[name]) for name in _real]
    out.append((_dt, "datetime", datetime))
    out.append((_dt, "date", date))
    return out
