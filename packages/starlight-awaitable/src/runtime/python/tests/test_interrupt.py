"""The host's interrupt (Pyodide's interrupt buffer raises SIGINT): the run ends like a
runtime limit, with everything printed so far, and the next run is unaffected."""
import signal
import unittest

from tests.support import RunTestCase, run


class HostInterruptTest(RunTestCase):
    def test_interrupt_in_a_spinning_task_keeps_the_output(self):
        r = run("""
            import asyncio, signal
            async def spin():
                for i in range(2):
                    print("tick", i)
                    await asyncio.sleep(0.1)
                signal.raise_signal(signal.SIGINT)  # what the host's interrupt does mid-loop
                while True:
                    pass
            asyncio.run(spin())
        """)
        self.assertEqual(r["stdout"], "tick 0\ntick 1\n")
        self.assertEqual(r["error"]["type"], "Interrupted")
        self.assertEqual(r["stderr"], "")  # the host words the notice
        self.assertEqual(r["exitCode"], 1)

    def test_learner_cannot_swallow_it_and_handler_is_restored(self):
        before = signal.getsignal(signal.SIGINT)
        r = run("""
            import signal
            try:
                signal.raise_signal(signal.SIGINT)
            except Exception:
                print("swallowed")
            print("not reached")
        """)
        self.assertEqual(r["stdout"], "")
        self.assertEqual(r["error"]["type"], "Interrupted")
        self.assertIs(signal.getsignal(signal.SIGINT), before)
        self.assertStdout("print('next run')", "next run\n")


if __name__ == "__main__":
    unittest.main()
