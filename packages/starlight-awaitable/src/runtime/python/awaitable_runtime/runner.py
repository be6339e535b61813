"""run_program(): run one learner program in a fresh, fully simulated world.

Everything the program can change globally is patched for the run and restored
afterwards, so run N+1 never sees run N's state.
"""
from __future__ import annotations

import builtins
import functools
import gc
import linecache
import logging
import operator
import os
import signal
import sys
import traceback
import types
import warnings
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from . import clock, cpu, executors, simweb, threads, wording
from . import state as _state
from .errors import (HostInterrupt, ProgramTooLarge, RuntimeLimitError, describe_exception,
                     format_exception, format_stack)
from .install import Patcher, patch_asyncio, restore_running_loop
from .io import CapturedStdin, CapturedStream, OutputSink, make_input
from .state import RunState
from .checks import CheckResult, run_checks
from .sandbox import Sandbox
from .inspect_source import inspect_source
from .trace import Recorder

# Dropping the learner's namespace and collecting garbage runs here, in code whose
# filename is "sys", so coroutines found never-awaited at the end are reported as
# CPython reports them at interpreter exit: "sys:1: RuntimeWarning: coroutine ...".
# on_output(stream, text, t): output as it is written, for the page to show live.
OnOutput = Callable[..., object]
# The result's `error`: {"type", "message", "line"}.
ErrorInfo = dict[str, Any]

_FINAL_GC = compile("ns.clear(); st.uncaught = None; gc.collect()", "sys", "exec")


def run_program(source: str, filename: str = "main.py", *, stdin: str | None = None,
                trace: bool = False, full_traceback: bool = False,
                max_virtual_time: float = 3600.0, max_idle_iterations: int = 100_000,
                max_output_bytes: int = 1_000_000, on_output: OnOutput | None = None,
                checks: Sequence[object] | None = None, inspect: bool = False,
                max_source_chars: int = 1_000_000, cpu_time: bool = True) -> dict[str, Any]:
    # Collect garbage left by whatever ran before us, so its destructors and
    # warnings don't show up in this run's output.
    gc.collect()
    _freeze_baseline()
    # Checks read the trace, so record it for them even when it is not returned.
    st = _state.RunState(filename, max_virtual_time=max_virtual_time,
                         max_idle_iterations=max_idle_iterations)
    tracer = st.tracer = Recorder(st) if trace or checks else None
    st.full_traceback = full_traceback
    sink = OutputSink(st, max_output_bytes, on_output)
    st.writer = sink
    module = types.ModuleType("__main__")
    module.__file__ = filename
    if cpu_time:
        st.epoll_timing = True
        st.cpu = cpu.CpuMeter(module.__dict__)
        st.gil = cpu.Cores(1)
        st.cores = cpu.Cores(executors.SIMULATED_CPU_COUNT)

    modules_before = set(sys.modules)
    root = logging.getLogger()
    check_results: list[CheckResult] = []
    exit_code: int = 0
    error: ErrorInfo | None = None
    sandbox = Sandbox(lambda text: sink.force("stderr", text))
    # Everything the run changes globally goes through `p`, undone last first in `finally`.
    p = Patcher()
    p.keep(lambda: _state.activate(st), _state.deactivate)
    p.keep(lambda: linecache.cache.get(filename), lambda entry: _put_linecache(filename, entry))
    p.keep(lambda: (root.handlers[:], root.level), lambda saved: _put_logging(root, *saved))
    p.keep(sys.getrecursionlimit, sys.setrecursionlimit)  # the real one: the sandbox caps its stand-in
    try:
        sandbox.enter()
        p.on_restore(sandbox.exit)
        p.keep(sys.get_asyncgen_hooks, lambda hooks: sys.set_asyncgen_hooks(*hooks))
        p.set_item(sys.modules, "__main__", module)
        warn_ctx = warnings.catch_warnings()
        warn_ctx.__enter__()
        p.on_restore(lambda: warn_ctx.__exit__(None, None, None))
        running = patch_asyncio(p, event_loop_alias=True)
        p.on_restore(lambda: restore_running_loop(running))
        p.set_all(clock.patches())
        p.set_all(executors.patches())
        p.set_all(threads.patches())
        saved_sigint = _catch_host_interrupt(st)
        if saved_sigint is not None:
            p.on_restore(lambda: signal.signal(signal.SIGINT, saved_sigint))
        p.set(sys, "stdout", CapturedStream(sink, "stdout"))
        p.set(sys, "stderr", CapturedStream(sink, "stderr"))
        p.set(sys, "stdin", CapturedStdin(stdin))
        p.set(builtins, "input", make_input(sys))
        p.set(sys, "argv", [filename])
        p.set(os, "_exit", _os_exit)
        p.set(warnings, "_warn_unawaited_coroutine",
              functools.partial(_warn_unawaited_coroutine, full=full_traceback))
        sys.modules["simweb"] = simweb.module_for_run()  # removed after the run like learner imports
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)

        if len(source) > max_source_chars:
            # Compiling megabytes of source takes tens of seconds in WebAssembly: refuse
            # clearly instead of letting the wall-clock limit blame an "infinite loop".
            exit_code, error = 1, _report_fatal(st, sink, ProgramTooLarge(
                wording.program_too_large(len(source), max_source_chars)))
        else:
            exit_code, error = _execute(st, sink, source, filename, module, full_traceback)
            _wait_for_threads(st)
        if st.fatal is not None:
            exit_code, error = 1, _report_fatal(st, sink)
        if checks is not None:
            check_results = run_checks(checks, st, sink, module)
        st.in_program = False
        _finish_run(st, sink, module)
    finally:
        st.in_program = False
        stdout, stderr = sink.finish()
        for name in set(sys.modules) - modules_before:
            if not name.startswith("awaitable_runtime") and name != "__main__":
                del sys.modules[name]  # learner imports don't outlive the run
        p.restore()

    result = {
        "stdout": stdout,
        "stderr": stderr,
        "exitCode": exit_code,
        "elapsed": round(st.now_ns / 1e9, 9),
        "error": error,
        "output": sink.output,
        "events": tracer.events if trace and tracer is not None else [],
    }
    if checks is not None:
        result["checks"] = check_results
    if inspect:
        result["inspection"] = (inspect_source(source) if len(source) <= max_source_chars else
                                {"names": [], "constructs": [], "syntaxError": "program too large"})
    return result


def _put_linecache(filename: str, entry: Any) -> None:
    if entry is None:
        linecache.cache.pop(filename, None)
    else:
        linecache.cache[filename] = entry


def _put_logging(root: logging.Logger, handlers: list[logging.Handler], level: int) -> None:
    root.handlers[:] = handlers
    root.setLevel(level)


_frozen = False


def _freeze_baseline() -> None:
    """Move everything alive before the first run (Python's own modules, asyncio, this
    package) out of the garbage collector's sight, once: each run collects garbage
    three times, and walking those long-lived objects was most of a short run's time."""
    global _frozen
    if not _frozen:
        gc.freeze()
        _frozen = True


def _execute(st: RunState, sink: OutputSink, source: str, filename: str, module: types.ModuleType,
             full_traceback: bool) -> tuple[int, ErrorInfo | None]:
    try:
        if st.cpu is not None:
            code = cpu.compile_counted(source, filename)
        else:
            code = compile(source, filename, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        if not isinstance(exc, SyntaxError):  # e.g. null bytes in the source
            exc = SyntaxError(str(exc))
        sink.force("stderr", "".join(traceback.format_exception_only(type(exc), exc)))
        return 1, describe_exception(exc, filename)
    try:
        try:
            exec(code, module.__dict__)
        finally:
            st.flush_cpu()  # the program's last computation counts towards its time
    except SystemExit as exc:
        return _exit_status(exc, sink, filename)
    except RuntimeLimitError:
        pass  # st.fatal is set; reported by the caller
    except BaseException as exc:
        if st.fatal is None:
            # Keep the exception (and the frames in its traceback) until the final
            # clean-up, as CPython does until exit: objects they hold, such as a
            # coroutine never awaited, are then reported from "sys:1", not from here.
            st.uncaught = exc
            sink.force("stderr", format_exception(exc, full_traceback))
            return 1, describe_exception(exc, filename)
    return 0, None


def _catch_host_interrupt(st: RunState) -> signal.Handlers | Callable[..., Any] | int | None:
    """Under Pyodide the host can interrupt a run that takes too long (or that the
    learner stops) by writing SIGINT into the interrupt buffer: the run then ends
    like a runtime limit, keeping everything printed so far. Returns the previous
    handler, or None where signals cannot be handled (not the main thread)."""
    def on_interrupt(signum: int, frame: types.FrameType | None) -> None:
        exc = st.set_fatal(HostInterrupt("The run was interrupted."), sticky=True)
        if st.in_program:
            raise exc
        # Past the program (cleaning up): the run ends now anyway; just record it.

    try:
        return signal.signal(signal.SIGINT, on_interrupt)
    except (ValueError, OSError, AttributeError):
        return None


def _wait_for_threads(st: RunState) -> None:
    """The interpreter's shutdown: non-daemon threads still running are waited for."""
    if st.fatal is None and st.thread_jobs:
        try:
            threads.finish(st)
        except RuntimeLimitError:
            pass  # st.fatal is set; reported by the caller


def _warn_unawaited_coroutine(coro: Any, full: bool) -> None:
    """CPython's warning for a coroutine dropped without being awaited, with the
    "Coroutine created at" stack (debug mode) filtered like tracebacks."""
    msg = "coroutine '%s' was never awaited\n" % (coro.__qualname__,)
    origin = getattr(coro, "cr_origin", None)
    if origin is not None:
        msg += "Coroutine created at (most recent call last)\n" + format_stack(
            [(f, n, name, linecache.getline(f, n)) for f, n, name in reversed(origin)], full)
    warnings.warn(msg.rstrip("\n"), category=RuntimeWarning, stacklevel=2, source=coro)


def _os_exit(status: int) -> NoReturn:
    """os._exit(n) ends the run like sys.exit(n) (the real one would kill the worker)."""
    raise SystemExit(operator.index(status))


def _exit_status(exc: SystemExit, sink: OutputSink, filename: str) -> tuple[int, None]:
    """CPython's handling of SystemExit at the top level. An exit is not an error:
    `error` stays None whatever the status (the exit code carries it)."""
    code = exc.code
    if code is None:
        return 0, None
    if isinstance(code, int):
        return int(code), None  # int(): sys.exit(True) is status 1
    sink.force("stderr", "%s\n" % (code,))
    return 1, None


def _report_fatal(st: RunState, sink: OutputSink, limit: RuntimeLimitError | None = None) -> ErrorInfo:
    exc = st.fatal if limit is None else limit
    assert exc is not None  # called once a limit was hit
    if isinstance(exc, HostInterrupt):  # the host prints its own notice
        return {"type": exc.error_type, "message": str(exc), "line": None}
    text = "%s: %s\n" % (exc.error_type, exc)
    if sink.output and not sink.output[-1]["text"].endswith("\n") and sink._last is not None \
            and not sink._last[1][-1].endswith("\n"):
        text = "\n" + text
    sink.force("stderr", text)
    if st.tracer is not None:
        st.tracer.limit(type=exc.error_type, message=str(exc))
    return {"type": exc.error_type, "message": str(exc), "line": getattr(exc, "line", None)}


def _finish_run(st: RunState, sink: OutputSink, module: types.ModuleType) -> None:
    """Drop the program's objects while output is still captured, so destructors,
    never-awaited warnings and "Task was destroyed" messages land in the run."""
    if st.fatal is not None:
        sink.closed = True  # after a forced stop, teardown noise would only confuse
        for loop in list(st.loops):
            loop._muted = True
    try:
        exec(_FINAL_GC, {"__name__": "sys", "ns": module.__dict__, "st": st, "gc": gc})
        for loop in list(st.loops):
            if not loop.is_closed() and not loop.is_running():
                loop._muted = True
                loop.close()
        gc.collect()
    except BaseException:
        pass
