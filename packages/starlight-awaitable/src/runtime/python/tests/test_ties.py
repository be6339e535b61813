"""Timers with equal deadlines fire in scheduling order; deadlines round to 1 ns."""
from tests.support import RunTestCase


class TiesTest(RunTestCase):
    def test_ten_equal_sleeps_wake_in_order(self):
        r = self.run_ok("""
            import asyncio
            async def w(i):
                await asyncio.sleep(1)
                print(i, end=" ")
            async def main():
                await asyncio.gather(*(w(i) for i in range(10)))
            asyncio.run(main())
        """)
        self.assertEqual(r["stdout"], "0 1 2 3 4 5 6 7 8 9 ")
        self.assertEqual(r["elapsed"], 1.0)

    def test_point_one_plus_point_two_ties_with_point_three(self):
        r = self.run_ok("""
            import asyncio
            async def a():
                await asyncio.sleep(0.3)
                print("a", asyncio.get_running_loop().time())
            async def b():
                await asyncio.sleep(0.1)
                await asyncio.sleep(0.2)
                print("b", asyncio.get_running_loop().time())
            async def main():
                await asyncio.gather(a(), b())
            asyncio.run(main())
        """)
        self.assertEqual(r["stdout"], "a 0.3\nb 0.3\n")

    def test_call_later_ties_keep_scheduling_order(self):
        self.assertStdout("""
            import asyncio
            async def main():
                loop = asyncio.get_running_loop()
                done = loop.create_future()
                for i in range(5):
                    loop.call_later(2 - 1, print, i)
                loop.call_later(1, done.set_result, None)
                await done
            asyncio.run(main())
        """, "0\n1\n2\n3\n4\n")

    def test_clock_jumps_only_when_idle(self):
        self.assertStdout("""
            import asyncio, time
            async def main():
                t0 = time.monotonic()
                await asyncio.sleep(2.5)
                print(time.monotonic() - t0, asyncio.get_running_loop().time())
            asyncio.run(main())
        """, "2.5 2.5\n")
