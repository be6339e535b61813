"""Learner-facing sentences of the Python runtime, in one place, built from plain facts.

Everything a learner reads that the runtime writes itself (limit messages, the
deadlock report, the no-input message) is made here; the modules that detect the
situation pass numbers and names, never text. The page's wording is its own layer
(src/trace/wording.ts): these are the messages printed on stderr and in `error`.
"""
from __future__ import annotations

from typing import Any


def fmt_seconds(seconds: float) -> str:
    """'3600 s (1 h)' style text for limit messages."""
    s = "%g s" % seconds
    if seconds >= 3600:
        s += " (%g h)" % (seconds / 3600)
    elif seconds >= 60:
        s += " (%g min)" % (seconds / 60)
    return s


def fmt_bytes(n: int) -> str:
    if n >= 1_000_000 and n % 1_000_000 == 0:
        return "%d MB" % (n // 1_000_000)
    if n >= 1000 and n % 1000 == 0:
        return "%d kB" % (n // 1000)
    return "%d bytes" % n


def time_limit(max_virtual_time: float) -> str:
    return ("Your program's virtual clock passed %s. It probably waits for a very long "
            "time (for example asyncio.sleep(10**9)) or has a loop that never ends. "
            "Virtual time costs nothing, so without this limit it would run forever."
            % fmt_seconds(max_virtual_time))


def idle_limit(max_idle: int) -> str:
    return ("Your program's event loop went round %s times without the virtual "
            "clock moving. A task probably keeps yielding (for example `while True: "
            "await asyncio.sleep(0)`) without ever finishing or waiting for time "
            "to pass." % format(max_idle, ","))


def output_limit(max_bytes: int) -> str:
    return ("Output limit reached (%s). Your program printed more than %s bytes, so it "
            "was stopped. Print less (for example only every 1000th value), or check "
            "for a loop that never ends." % (fmt_bytes(max_bytes), format(max_bytes, ",")))


def program_too_large(length: int, max_chars: int) -> str:
    return ("Your program is %s characters long; programs here can be at most %s. "
            "It was not run." % (format(length, ","), format(max_chars, ",")))


THREAD_WAITS_FOR_LOOP = (
    "A thread waited for the event loop (for example "
    "run_coroutine_threadsafe(...).result()), which this simulation cannot do: "
    "a thread here runs all at once when it starts, so the loop cannot run "
    "while the thread waits for it. Await the coroutine in the loop instead "
    "(await it, or asyncio.create_task), or let the thread hand work to the "
    "loop with loop.call_soon_threadsafe(...) without waiting for the answer.")

RESULT_INSIDE_LOOP = (
    "Calling .result() on this future inside the event loop would block "
    "the loop forever: the loop is the only thing that can complete it. "
    "Await it instead (asyncio.wrap_future).")

FUTURE_NEVER_COMPLETED = (
    "Deadlock: the program waits for a concurrent.futures.Future that "
    "nothing will ever complete.")

NO_INPUT = (
    "EOF when reading a line: the program called input() but no input was given. "
    "Provide the program's input (stdin) before running it, one line per input() call.")


def awaiting(d: dict[str, Any]) -> str:
    """What a stuck task waits for, from an `awaiting` dict of the trace (deadlock report)."""
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
        return "wait_for(...) of %s" % awaiting(d["inner"])
    if kind in ("thread", "process"):
        return "a %s job" % kind
    if kind in ("wait", "as_completed"):
        return "asyncio.%s(...)" % kind
    return "a Future that nothing will ever complete"


DEADLOCK_HEADER = "Deadlock: no task can ever make progress."
DEADLOCK_NOTHING_LEFT = ("  The loop is waiting for something that will never happen "
                         "(no task, timer or callback is left).")


def deadlock_task(task: str, coro_name: str, filename: str, line: int | None, what: dict[str, Any]) -> str:
    """One line of the deadlock report: `  Task-2 'worker' is waiting at main.py:7 for …`.
    (The task first, then its coroutine's name in quotes: the shape of asyncio's own
    task reprs, which a learner sees in tracebacks and `print(task)`.)"""
    where = " at %s:%s" % (filename, line) if line is not None else ""
    return "  %s '%s' is waiting%s for %s" % (task, coro_name, where, awaiting(what))
