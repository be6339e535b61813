"""Awaitable's runtime: learner asyncio programs on a virtual-time event loop.

Public API (kept stable for the TypeScript worker and the CLI):
    run_program(source, filename="main.py", *, stdin=None, trace=False, ...,
                checks=None, inspect=False) -> dict
    inspect_source(source) -> {"names": [...], "constructs": [...]}
    install() / uninstall() / installed()  — route asyncio to VirtualEventLoop
"""
from .errors import (DeadlockError, IdleLoopLimitExceeded, OutputLimitExceeded,
                     ProgramTooLarge, RuntimeLimitError, VirtualTimeLimitExceeded)
from .inspect_source import CONSTRUCTS, inspect_source
from .install import install, installed, uninstall
from .loop import VirtualEventLoop, VirtualEventLoopPolicy
from .runner import run_program

__all__ = [
    "run_program", "inspect_source", "CONSTRUCTS", "install", "uninstall", "installed", "VirtualEventLoop",
    "VirtualEventLoopPolicy", "RuntimeLimitError", "DeadlockError",
    "VirtualTimeLimitExceeded", "IdleLoopLimitExceeded", "OutputLimitExceeded", "ProgramTooLarge",
]
