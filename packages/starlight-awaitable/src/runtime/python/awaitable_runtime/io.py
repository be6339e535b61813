"""Captured stdout/stderr/stdin and input() for one run.

Every write is timestamped with the virtual clock and labelled with the task (or
simulated thread) that made it. Output is capped: past the cap the run is stopped
with OutputLimitExceeded.
"""
from __future__ import annotations

import io as _io
import time as _time
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, Any

from . import wording
from .errors import OutputLimitExceeded
from .base_tasks import current_task_name

if TYPE_CHECKING:
    from .state import RunState
    from .trace import Event, Stream

# on_output(stream, text, t): output as it is written, for the page to show live.
OnOutput = Callable[["Stream", str, float], object]
# One result["output"] entry: {"stream", "text", "t", "task"}.
OutputEntry = dict[str, Any]

_real_clock = _time.perf_counter  # bound at import, before any run patches the time module

# on_output is batched: a run of writes with the same stream and virtual time is
# passed on as one call, at most every _NOTIFY_INTERVAL real seconds or _NOTIFY_WRITES
# writes (the first write after a quiet spell goes out at once). Each call crosses
# into JavaScript under Pyodide, which would otherwise dominate a print loop.
_NOTIFY_INTERVAL = 0.05
_NOTIFY_WRITES = 256


class OutputSink:
    """Collects output chunks; the single producer of `output` trace events."""

    def __init__(self, st: RunState, max_bytes: int, on_output: OnOutput | None) -> None:
        self.st = st
        self.max_bytes = max_bytes
        self.on_output = on_output
        self.parts: dict[Stream, list[str]] = {"stdout": [], "stderr": []}
        self.output: list[OutputEntry] = []  # result["output"] entries (text kept as parts until finish())
        self.nbytes = 0
        self.closed = False
        self._last: tuple[OutputEntry, list[str], Event | None] | None = None  # (entry, parts, trace event) of the chunk being extended
        self._t_ns: int | None = None  # last stamp converted to seconds
        self._t: float | None = None
        self.held: list[Any] | None = None  # [stream, t, parts] not yet passed to on_output
        self._held_writes = 0
        self._notified = float("-inf")  # real time of the last on_output call

    def write(self, stream: Stream, text: str) -> None:
        """Called by the captured sys.stdout/sys.stderr."""
        if self.closed or not text:
            return
        st = self.st
        # Output appears after the computation that produced it, to the millisecond:
        # charging every print separately would make printing loops slow.
        st.flush_cpu(1_000_000)
        if st.job is not None:  # a simulated thread: released at its virtual instant
            st.job.output(stream, text)
            return
        if st.thread_jobs:
            st.release_threads()  # what threads printed before now comes first
        self.emit(stream, text, st.now_ns, current_task_name(), None)

    def emit(self, stream: Stream, text: str, t_ns: int, task: str | None, thread: str | None) -> None:
        if self.closed or not text:
            return
        n = len(text) if text.isascii() else len(text.encode("utf-8", "replace"))
        if self.nbytes + n > self.max_bytes:
            room = self.max_bytes - self.nbytes
            self._append(stream, text.encode("utf-8", "replace")[:max(room, 0)]
                         .decode("utf-8", "ignore"), t_ns, task, thread)
            self.closed = True
            raise self.st.set_fatal(OutputLimitExceeded(wording.output_limit(self.max_bytes)),
                                    sticky=True)
        self.nbytes += n
        self._append(stream, text, t_ns, task, thread)

    def force(self, stream: Stream, text: str) -> None:
        """Runtime messages (tracebacks, limit notices): never capped or dropped."""
        self._append(stream, text, self.st.now_ns, None, None)

    def _append(self, stream: Stream, text: str, t_ns: int, task: str | None, thread: str | None) -> None:
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
                ev = tracer.output(stream=stream, text="", task=task, thread=thread, t_ns=t_ns)
            self._finish_last()
            self._last = (entry, [text], ev)
            self.output.append(entry)
        if self.on_output is not None:
            self._notify(stream, text, t)

    def _notify(self, stream: Stream, text: str, t: float | None) -> None:
        p = self.held
        if p is not None and (p[0] != stream or p[1] != t):
            self._flush_notify()
            p = None
        if p is None:
            self.held = [stream, t, [text]]
        else:
            p[2].append(text)
        n = self._held_writes = self._held_writes + 1
        # The real clock is read on the first write of a batch and every 16th after.
        if n >= _NOTIFY_WRITES or (n & 15 == 1 and _real_clock() - self._notified >= _NOTIFY_INTERVAL):
            self._flush_notify()

    def flush_held(self) -> None:
        """Pass on held output now (called once per event-loop round when there is
        some): a run the host has to terminate then loses at most what its last loop
        step printed."""
        self._flush_notify()

    def _flush_notify(self) -> None:
        p = self.held
        if p is None:
            return
        assert self.on_output is not None  # output is held only for an on_output
        self.held = None
        self._held_writes = 0
        self._notified = _real_clock()
        self.on_output(p[0], "".join(p[2]), p[1])

    def _finish_last(self) -> None:
        if self._last is not None:
            entry, parts, ev = self._last
            entry["text"] = "".join(parts)
            if ev is not None:
                ev["text"] = entry["text"]
            self._last = None

    def finish(self) -> tuple[str, str]:
        self._finish_last()
        self._flush_notify()
        self.closed = True
        return "".join(self.parts["stdout"]), "".join(self.parts["stderr"])


class CapturedStream(_io.TextIOBase):
    """What sys.stdout / sys.stderr are during a run."""

    def __init__(self, sink: OutputSink, name: Stream) -> None:
        self._sink = sink
        self._name: Stream = name

    @property
    def name(self) -> str:
        return "<%s>" % self._name

    @property  # a property, as on the real streams (typeshed declares a plain attribute)
    def encoding(self) -> str:  # pyright: ignore[reportIncompatibleVariableOverride]
        return "utf-8"

    @property
    def errors(self) -> str:  # pyright: ignore[reportIncompatibleVariableOverride]
        return "strict"

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return False

    def write(self, s: str) -> int:
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        self._sink.write(self._name, s)
        return len(s)

    def flush(self) -> None:
        pass


class CapturedStdin(_io.StringIO):
    """sys.stdin: the given text, like a pipe (nothing is echoed)."""

    def __init__(self, text: str | None) -> None:
        super().__init__(text or "")
        self.provided = text is not None

    @property
    def name(self) -> str:
        return "<stdin>"

    def isatty(self) -> bool:
        return False


NO_INPUT_MESSAGE = wording.NO_INPUT


def make_input(sys_module: ModuleType) -> Callable[..., str]:
    def input(prompt: object = "") -> str:
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
        return line[:-1] if line.endswith("\n") else line
    return input
