"""Many tasks and timers stay fast."""
import time

from tests.support import RunTestCase


class ScaleTest(RunTestCase):
    def test_2000_tasks_10_sleeps(self):
        t0 = time.perf_counter()
        r = self.assertStdout("""
            import asyncio, random
            async def w(i):
                for k in range(10):
                    await asyncio.sleep((i % 7 + k) / 10)
                return i
            async def main():
                rs = await asyncio.gather(*(w(i) for i in range(2000)))
                print(sum(rs))
            asyncio.run(main())
        """, "1999000\n")
        self.assertLess(time.perf_counter() - t0, 10)
        self.assertEqual(r["elapsed"], 10.5)

    def test_trace_on_many_tasks(self):
        r = self.run_ok("""
            import asyncio
            async def main():
                await asyncio.gather(*(asyncio.sleep(1) for _ in range(500)))
            asyncio.run(main())
        """, trace=True)
        self.assertGreater(len(r["events"]), 2000)
