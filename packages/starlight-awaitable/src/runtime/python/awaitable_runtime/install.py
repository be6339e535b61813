"""Putting the virtual loop (and, for a run, the virtual world) in place — and back.

`Patcher` records every global it replaces so `restore()` puts back exactly what
was there (including attributes that did not exist, like concurrent.futures'
lazily created ThreadPoolExecutor). `install()`/`uninstall()` only route asyncio
to VirtualEventLoop (used to run CPython's own asyncio tests); run_program()
patches much more, per run.
"""
from __future__ import annotations

import asyncio
import contextlib
import sys
import types
from collections.abc import Callable, Iterable, Iterator, MutableMapping
from typing import Any, TypeVar
from asyncio import events, runners

from . import state as _state
from .loop import VirtualEventLoop, VirtualEventLoopPolicy, new_event_loop

_MISSING = object()
T = TypeVar("T")


class Patcher:
    """The one way a run changes global state: every change is recorded with how to
    undo it, and `restore()` undoes them all, last first."""

    def __init__(self) -> None:
        self._undo: list[Callable[[], object]] = []

    def set(self, obj: object, name: str, value: object) -> None:
        """Replace an attribute (of a module, class or object)."""
        if isinstance(obj, types.ModuleType):
            old = obj.__dict__.get(name, _MISSING)  # don't trigger module __getattr__
        else:
            old = getattr(obj, name, _MISSING)

        def undo() -> None:
            if old is _MISSING:
                try:
                    delattr(obj, name)
                except AttributeError:
                    pass
            else:
                setattr(obj, name, old)
        self._undo.append(undo)
        setattr(obj, name, value)

    def set_all(self, triples: Iterable[tuple[object, str, object]]) -> None:
        for obj, name, value in triples:
            self.set(obj, name, value)

    def set_item(self, mapping: MutableMapping[Any, Any], key: object, value: object) -> None:
        """Replace an entry of a dict such as sys.modules (removed again if it was missing)."""
        old = mapping.get(key, _MISSING)

        def undo() -> None:
            if old is _MISSING:
                mapping.pop(key, None)
            else:
                mapping[key] = old
        self._undo.append(undo)
        mapping[key] = value

    def keep(self, get: Callable[[], T], put: Callable[[T], object]) -> T:
        """Remember a setting read through `get` (recursion limit, asyncgen hooks…) to
        be put back with `put`; the run may then change it freely."""
        saved = get()
        self._undo.append(lambda: put(saved))
        return saved

    def on_restore(self, undo: Callable[[], object]) -> None:
        """Undo something done another way (entering a context, a module's own enter/exit)."""
        self._undo.append(undo)

    def restore(self) -> None:
        while self._undo:
            self._undo.pop()()


def patch_asyncio(p: Patcher, event_loop_alias: bool = False) -> events.AbstractEventLoop | None:
    """asyncio.run/Runner/new_event_loop/get_event_loop -> VirtualEventLoop.

    Pyodide replaces asyncio.run with a JSPI wrapper and keeps its WebLoop set as
    the running loop; we restore CPython's genuine runners.run and clear the
    running loop (restored afterwards by `restore_running_loop`).
    """
    p.set(asyncio, "run", runners.run)
    if event_loop_alias and hasattr(asyncio, "EventLoop"):
        # run_program only: `loop_factory=asyncio.EventLoop` must not reach a selector
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


def restore_running_loop(running: events.AbstractEventLoop | None) -> None:
    events._set_running_loop(running)


_installed: tuple[Patcher, events.AbstractEventLoop | None, _state.RunState | None] | None = None


def install(epoll_timing: bool = False) -> None:
    """Make asyncio.run, asyncio.Runner, asyncio.new_event_loop and
    unittest.IsolatedAsyncioTestCase use VirtualEventLoop (plain CPython, no other
    patching: real threads still work). `epoll_timing`: time timers as with CPU time
    on (millisecond wake-ups, CPython's heap order for ties, clock reads that always
    move forward; see RunState.epoll_timing)."""
    global _installed
    if _installed is not None:
        return
    p = Patcher()
    running = patch_asyncio(p)
    st = _state.RunState("<installed>", simulated=False)
    st.epoll_timing = epoll_timing
    prev = _state.activate(st)
    _installed = (p, running, prev)


def uninstall() -> None:
    global _installed
    if _installed is None:
        return
    p, running, prev = _installed
    _installed = None
    p.restore()
    restore_running_loop(running)
    _state.deactivate(prev)


@contextlib.contextmanager
def installed() -> Iterator[None]:
    install()
    try:
        yield
    finally:
        uninstall()
