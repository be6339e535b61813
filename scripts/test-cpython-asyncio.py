"""Run CPython's own asyncio tests on Awaitable's virtual-time event loop.

Usage: python3 scripts/test-cpython-asyncio.py   (any CPython >= 3.12 with its `test` package)

It installs VirtualEventLoop as the default loop (awaitable_runtime.install()), runs a set
of modules from test.test_asyncio with unittest, and prints per module how many tests
passed / failed / were skipped, and how many actually ran on the virtual loop (tests that
build their own loop class, like test_asyncio.utils.TestLoop, don't count). The last line
is "N passed, N failed, N skipped". Exit status: 0 when at least 99% of the tests that ran
on the virtual loop passed.

The loop times timers as it does for learner programs with CPU time on (the default):
wake-ups on whole milliseconds, CPython's heap order for equal deadlines, clock reads
that always move forward. AWAITABLE_TIMING=exact runs them in pure virtual time instead.
"""
import os
import signal
import sys
import time
import unittest

MODULES = [
    "test_locks", "test_queues", "test_taskgroups", "test_timeouts", "test_waitfor",
    "test_futures", "test_tasks", "test_pep492", "test_runners", "test_context",
]

# The single skip list: test-id substring -> why it cannot run on a simulated loop.
# Empty today: every selected test passes, including the ones that use real threads,
# SIGINT or wall-clock timeouts (install() keeps real threads working). Add entries
# here, each with its reason, if a CPython release adds tests that need real sockets,
# subprocesses or wall-clock sleeps.
SKIP = {
}

PER_TEST_SECONDS = 20  # safety net: a test that hangs is reported as failed


def main():
    if sys.version_info < (3, 12):
        print("skipped: Python %d.%d is older than 3.12" % sys.version_info[:2])
        return 0
    try:
        import test.test_asyncio  # noqa: F401
        from test.test_asyncio import utils as _utils  # noqa: F401
    except ImportError as exc:
        print("skipped: test.test_asyncio is not importable (%s); install a CPython "
              "build that ships its test package" % exc)
        return 0

    here = os.path.dirname(os.path.abspath(__file__))
    sys.path.insert(0, os.path.join(here, os.pardir, "packages", "starlight-awaitable", "src", "runtime", "python"))
    import awaitable_runtime
    from awaitable_runtime import VirtualEventLoop

    used = [0]
    original_init = VirtualEventLoop.__init__

    def counting_init(self, *args, **kwargs):
        used[0] += 1
        original_init(self, *args, **kwargs)
    VirtualEventLoop.__init__ = counting_init

    class Result(unittest.TestResult):
        def __init__(self):
            super().__init__()
            self.virtual = 0
            self.virtual_ok = 0
            self.failed_ids = []

        def startTest(self, test):
            self._before = used[0]
            self._ok = True
            if hasattr(signal, "SIGALRM"):
                signal.alarm(PER_TEST_SECONDS)
            super().startTest(test)

        def _bad(self, test):
            self._ok = False
            self.failed_ids.append(test.id())

        def addError(self, test, err):
            super().addError(test, err)
            self._bad(test)

        def addFailure(self, test, err):
            super().addFailure(test, err)
            self._bad(test)

        def addUnexpectedSuccess(self, test):
            super().addUnexpectedSuccess(test)
            self._bad(test)

        def addSubTest(self, test, subtest, err):
            super().addSubTest(test, subtest, err)
            if err is not None and not issubclass(err[0], unittest.SkipTest):
                self._bad(test)

        def stopTest(self, test):
            if hasattr(signal, "SIGALRM"):
                signal.alarm(0)
            super().stopTest(test)
            if used[0] > self._before and not getattr(self, "_was_skipped", False):
                self.virtual += 1
                self.virtual_ok += self._ok
            self._was_skipped = False

        def addSkip(self, test, reason):
            super().addSkip(test, reason)
            self._was_skipped = True

    def on_alarm(signum, frame):
        raise TimeoutError("test took more than %d s (hang?)" % PER_TEST_SECONDS)
    if hasattr(signal, "SIGALRM"):
        signal.signal(signal.SIGALRM, on_alarm)

    def flatten(suite):
        for t in suite:
            if isinstance(t, unittest.TestSuite):
                yield from flatten(t)
            else:
                yield t

    def skip_reason(test_id):
        for key, reason in SKIP.items():
            if key in test_id:
                return reason
        return None

    totals = [0, 0, 0]
    all_virtual = all_virtual_ok = 0
    t_start = time.monotonic()
    print("%-16s %7s %7s %7s %9s %s" % ("module", "passed", "failed", "skipped", "virtual",
                                        "virtual-pass"))
    epoll_timing = os.environ.get("AWAITABLE_TIMING") != "exact"
    print("timing: %s" % ("as with CPU time on (millisecond wake-ups)" if epoll_timing
                          else "exact virtual time"))
    awaitable_runtime.install(epoll_timing=epoll_timing)
    try:
        for name in MODULES:
            full = "test.test_asyncio." + name
            try:
                suite = unittest.defaultTestLoader.loadTestsFromName(full)
            except Exception as exc:  # module missing in this version
                print("%-16s not loadable: %s" % (name, exc))
                continue
            tests = list(flatten(suite))
            runnable = unittest.TestSuite()
            result = Result()
            for t in tests:
                reason = skip_reason(t.id())
                if reason:
                    result.addSkip(t, reason)
                    result._was_skipped = False
                else:
                    runnable.addTest(t)
            runnable.run(result)
            # Module-level fixtures may have reset the policy; keep our loop installed.
            awaitable_runtime.uninstall()
            awaitable_runtime.install(epoll_timing=epoll_timing)
            failed = len(set(result.failed_ids))
            skipped = len(result.skipped)
            passed = result.testsRun - failed - sum(
                1 for t, _ in result.skipped if t in runnable._tests)
            passed = max(passed, 0)
            totals[0] += passed
            totals[1] += failed
            totals[2] += skipped
            all_virtual += result.virtual
            all_virtual_ok += result.virtual_ok
            print("%-16s %7d %7d %7d %9d %9d" % (name, passed, failed, skipped, result.virtual,
                                                  result.virtual_ok))
            if os.environ.get("VERBOSE") or failed:
                for test_id in sorted(set(result.failed_ids)):
                    print("    FAILED", test_id)
                if os.environ.get("VERBOSE"):
                    for t, tb in result.errors + result.failures:
                        print(tb)
    finally:
        awaitable_runtime.uninstall()
    rate = 100.0 * all_virtual_ok / all_virtual if all_virtual else 0.0
    print("ran on the virtual loop: %d tests, %d passed (%.1f%%); %.1f s"
          % (all_virtual, all_virtual_ok, rate, time.monotonic() - t_start))
    print("%d passed, %d failed, %d skipped" % tuple(totals))
    return 0 if rate >= 99.0 else 1


if __name__ == "__main__":
    sys.exit(main())
