"""Awaitable's runtime: learner asyncio programs on a virtual-time event loop.

Public API (kept stable for the TypeScript worker and the CLI):
    run_program(source, filename="main.py", *, stdin=None, trace=False, ...) -> dict
    install() / uninstall() / installed()  — route asyncio to VirtualEventLoop
"""
from .errors import (DeadlockError, IdleLoopLimitExceeded, OutputLimitExceeded,
                     RuntimeLimitError, VirtualTimeLimitExceeded)
from .install import install, installed, uninstall
from .loop import VirtualEventLoop, VirtualEventLoopPolicy
from .runner import run_program

__all__ = [
    "run_program", "install", "uninstall", "installed", "VirtualEventLoop",
    "VirtualEventLoopPolicy", "RuntimeLimitError", "DeadlockError",
    "VirtualTimeLimitExceeded", "IdleLoopLimitExceeded", "OutputLimitExceeded",
]
