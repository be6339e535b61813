"""Virtual-time, idle-iteration and output caps end the run with clear messages."""
from tests.support import RunTestCase, run


class LimitsTest(RunTestCase):
    def test_virtual_time_limit(self):
        r = run("""
            import asyncio
            async def main():
                await asyncio.sleep(10**9)
            asyncio.run(main())
        """)
        self.assertEqual(r["exitCode"], 1)
        self.assertEqual(r["error"]["type"], "VirtualTimeLimitExceeded")
        self.assertIn("virtual clock passed 3600 s (1 h)", r["error"]["message"])
        self.assertIn("asyncio.sleep(10**9)", r["error"]["message"])
        self.assertLessEqual(r["elapsed"], 3600)

    def test_virtual_time_limit_is_configurable_and_catches_time_sleep(self):
        r = run("import time\nwhile True:\n    time.sleep(1)\n", max_virtual_time=10)
        self.assertEqual(r["error"]["type"], "VirtualTimeLimitExceeded")
        self.assertIn("passed 10 s", r["error"]["message"])

    def test_limit_cannot_be_swallowed(self):
        r = run("""
            import asyncio
            try:
                asyncio.run(asyncio.sleep(10**9))
            except BaseException:
                print("caught")
        """)
        self.assertEqual(r["error"]["type"], "VirtualTimeLimitExceeded")

    def test_idle_iteration_limit(self):
        r = run("""
            import asyncio
            async def spin():
                while True:
                    await asyncio.sleep(0)
            asyncio.run(spin())
        """, max_idle_iterations=1000)
        self.assertEqual(r["exitCode"], 1)
        self.assertEqual(r["error"]["type"], "IdleLoopLimitExceeded")
        self.assertIn("keeps yielding", r["error"]["message"])

    def test_output_limit(self):
        r = run("i = 0\nwhile True:\n    print('x' * 99)\n", max_output_bytes=10_000)
        self.assertEqual(r["exitCode"], 1)
        self.assertEqual(r["error"]["type"], "OutputLimitExceeded")
        self.assertTrue(r["error"]["message"].startswith("Output limit reached (10 kB)"))
        self.assertEqual(len(r["stdout"]), 10_000)
        self.assertIn("OutputLimitExceeded: Output limit reached", r["stderr"])

    def test_output_limit_inside_tasks(self):
        r = run("""
            import asyncio
            async def talk(i):
                while True:
                    print(i)
                    await asyncio.sleep(0.001)
            async def main():
                await asyncio.gather(talk(1), talk(2))
            asyncio.run(main())
        """, max_output_bytes=5000)
        self.assertEqual(r["error"]["type"], "OutputLimitExceeded")
        self.assertLessEqual(len(r["stdout"]), 5000)

    def test_default_output_limit_message(self):
        r = run("while True:\n    print('y' * 1000)\n")
        self.assertIn("Output limit reached (1 MB)", r["error"]["message"])
