"""time.* and datetime follow the virtual clock from a fixed epoch."""
from tests.support import RunTestCase


class TimeTest(RunTestCase):
    def test_epoch_values(self):
        self.assertStdout("""
            import time, datetime
            print(time.time(), time.monotonic(), time.perf_counter(), time.time_ns())
            print(datetime.datetime.now(), datetime.date.today())
            print(time.strftime("%Y-%m-%d %H:%M:%S"), time.ctime())
        """, """
            1767258000.0 0.0 0.0 1767258000000000000
            2026-01-01 09:00:00 2026-01-01
            2026-01-01 09:00:00 Thu Jan  1 09:00:00 2026
        """)

    def test_values_follow_virtual_time(self):
        self.assertStdout("""
            import asyncio, time, datetime
            async def main():
                await asyncio.sleep(90.25)
                print(time.monotonic(), time.monotonic_ns(), time.perf_counter_ns())
                print(repr(datetime.datetime.now()))
                print(datetime.datetime.now(datetime.timezone.utc).isoformat())
            asyncio.run(main())
        """, """
            90.25 90250000000 90250000000
            datetime.datetime(2026, 1, 1, 9, 1, 30, 250000)
            2026-01-01T09:01:30.250000+00:00
        """)

    def test_time_sleep_blocks_and_advances(self):
        r = self.assertStdout("""
            import time
            t = time.monotonic()
            time.sleep(1.5)
            print(time.monotonic() - t)
        """, "1.5\n")
        self.assertEqual(r["elapsed"], 1.5)

    def test_datetime_types_still_behave(self):
        self.assertStdout("""
            import datetime
            now = datetime.datetime.now()
            print(isinstance(now, datetime.date), isinstance(now, datetime.datetime))
            print(type(now).__name__, now + datetime.timedelta(hours=1))
            print(datetime.datetime(2020, 5, 1) < now, datetime.datetime.fromtimestamp(0))
        """, """
            True True
            datetime 2026-01-01 10:00:00
            True 1970-01-01 00:00:00
        """)

    def test_sleep_argument_errors_match_cpython(self):
        from tests.support import run
        r = run("import time\ntime.sleep(-1)\n")
        self.assertEqual(r["error"]["type"], "ValueError")
        self.assertEqual(r["error"]["message"], "sleep length must be non-negative")
        r = run("import time\ntime.sleep('1')\n")
        self.assertEqual(r["error"]["type"], "TypeError")
