"""threading.Thread as simulated threads (threads.py): start/join/is_alive, output in
time order with the main thread, excepthook, shutdown waiting for non-daemon threads."""
import unittest

from tests.support import RunTestCase, run


class ThreadingThreadTest(RunTestCase):
    def test_start_join_in_time_order(self):
        self.assertStdout("""
            import threading, time
            def work(name, seconds):
                time.sleep(seconds)
                print(f"{time.monotonic():.1f} {name} done ({threading.current_thread().name})")
            threads = [threading.Thread(target=work, args=(f"t{i}", s), name=f"t{i}")
                       for i, s in enumerate((0.6, 0.2, 0.4))]
            for t in threads:
                t.start()
            print("started", [t.is_alive() for t in threads])
            time.sleep(0.3)
            print("at 0.3", [t.is_alive() for t in threads])
            for t in threads:
                t.join()
            print(f"{time.monotonic():.1f} joined", [t.is_alive() for t in threads])
        """, """
            started [True, True, True]
            0.2 t1 done (t1)
            at 0.3 [True, False, True]
            0.4 t2 done (t2)
            0.6 t0 done (t0)
            0.6 joined [False, False, False]
        """)

    def test_join_timeout_and_double_start(self):
        self.assertStdout("""
            import threading, time
            t = threading.Thread(target=time.sleep, args=(1,))
            t.start()
            t.join(0.25)
            print(f"{time.monotonic():.2f}", t.is_alive())
            try:
                t.start()
            except RuntimeError as e:
                print(e)
        """, """
            0.25 True
            threads can only be started once
        """)

    def test_program_end_waits_for_non_daemon_threads_only(self):
        r = run("""
            import threading, time
            def late(label, s):
                time.sleep(s)
                print(label)
            threading.Thread(target=late, args=("worker", 2)).start()
            threading.Thread(target=late, args=("daemon", 5), daemon=True).start()
            print("main done")
        """)
        self.assertEqual(r["stdout"], "main done\nworker\n")
        self.assertEqual(r["elapsed"], 2.0)

    def test_uncaught_exception_goes_to_excepthook(self):
        r = run("""
            import threading
            def bad():
                raise ValueError("boom")
            t = threading.Thread(target=bad, name="w")
            t.start(); t.join()
            print("after")
        """)
        self.assertEqual(r["exitCode"], 0)
        self.assertEqual(r["stdout"], "after\n")
        self.assertIn("Exception in thread w:", r["stderr"])
        self.assertIn("ValueError: boom", r["stderr"])
        self.assertNotIn("awaitable_runtime", r["stderr"])

    def test_thread_wakes_the_loop_with_call_soon_threadsafe(self):
        self.assertStdout("""
            import asyncio, threading, time
            def worker(loop, fut, s, value):
                time.sleep(s)
                loop.call_soon_threadsafe(fut.set_result, value)
            async def main():
                loop = asyncio.get_running_loop()
                futs = [loop.create_future() for _ in range(2)]
                threads = [threading.Thread(target=worker, args=(loop, f, s, v))
                           for f, s, v in zip(futs, (0.6, 0.2), ("slow", "fast"))]
                for t in threads:
                    t.start()
                for fut in asyncio.as_completed(futs):
                    value = await fut
                    print(f"{loop.time():.1f}", value)
                await asyncio.to_thread(threads[0].join)
                print([t.is_alive() for t in threads])
            asyncio.run(main())
        """, """
            0.2 fast
            0.6 slow
            [False, False]
        """)

    def test_cpu_bound_threads_share_the_gil(self):
        r = run("""
            import threading, time
            def crunch():
                total = 0
                for i in range(20000):
                    total += i
            ts = [threading.Thread(target=crunch) for _ in range(2)]
            start = time.perf_counter()
            for t in ts: t.start()
            for t in ts: t.join()
            both = time.perf_counter() - start
            start = time.perf_counter()
            t = threading.Thread(target=crunch); t.start(); t.join()
            one = time.perf_counter() - start
            print(round(both / one, 1))
        """, cpu_time=True)
        self.assertEqual(r["stdout"], "2.0\n")


if __name__ == "__main__":
    unittest.main()
