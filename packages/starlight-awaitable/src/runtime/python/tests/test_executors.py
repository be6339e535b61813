"""Simulated thread/process pools overlap in virtual time, like real ones."""
from tests.support import RunTestCase, run


class ThreadTest(RunTestCase):
    def test_two_to_thread_sleeps_overlap(self):
        r = self.assertStdout("""
            import asyncio, time
            async def main():
                t0 = time.monotonic()
                await asyncio.gather(asyncio.to_thread(time.sleep, 1),
                                     asyncio.to_thread(time.sleep, 1))
                print(time.monotonic() - t0)
            asyncio.run(main())
        """, "1.0\n")
        self.assertEqual(r["elapsed"], 1.0)

    def test_loop_keeps_running_while_thread_sleeps(self):
        self.assertStdout("""
            import asyncio, time
            async def ticker():
                for i in range(3):
                    print("tick", time.monotonic())
                    await asyncio.sleep(0.5)
            async def main():
                await asyncio.gather(ticker(), asyncio.to_thread(time.sleep, 1.2))
                print("end", time.monotonic())
            asyncio.run(main())
        """, "tick 0.0\ntick 0.5\ntick 1.0\nend 1.5\n")

    def test_thread_names_and_prints_released_in_time(self):
        self.assertStdout("""
            import asyncio, threading, time
            from concurrent.futures import ThreadPoolExecutor
            def job(n):
                print(threading.current_thread().name, "start", n, time.monotonic())
                time.sleep(1)
                print(threading.current_thread().name, "end", n, time.monotonic())
                return n
            async def main():
                loop = asyncio.get_running_loop()
                print(await loop.run_in_executor(None, threading.current_thread))
                with ThreadPoolExecutor(max_workers=2) as ex:
                    rs = await asyncio.gather(*(loop.run_in_executor(ex, job, i) for i in range(3)))
                print(rs, time.monotonic(), threading.current_thread().name)
            asyncio.run(main())
        """, """
            <Thread(asyncio_0, started daemon 1000)>
            ThreadPoolExecutor-0_0 start 0 0.0
            ThreadPoolExecutor-0_1 start 1 0.0
            ThreadPoolExecutor-0_0 end 0 1.0
            ThreadPoolExecutor-0_1 end 1 1.0
            ThreadPoolExecutor-0_0 start 2 1.0
            ThreadPoolExecutor-0_0 end 2 2.0
            [0, 1, 2] 2.0 MainThread
        """)

    def test_default_executor_size_is_cpu_plus_four(self):
        self.assertStdout("""
            import asyncio, os, time
            async def main():
                print(os.cpu_count())
                await asyncio.gather(*(asyncio.to_thread(time.sleep, 1) for _ in range(9)))
                print(time.monotonic())
            asyncio.run(main())
        """, "4\n2.0\n")

    def test_call_soon_threadsafe_released_at_thread_time(self):
        self.assertStdout("""
            import asyncio, time
            def work(loop, fut):
                time.sleep(0.7)
                loop.call_soon_threadsafe(fut.set_result, "from thread")
                time.sleep(1)
            async def main():
                loop = asyncio.get_running_loop()
                fut = loop.create_future()
                job = loop.run_in_executor(None, work, loop, fut)
                print(await fut, time.monotonic())
                await job
                print(time.monotonic())
            asyncio.run(main())
        """, "from thread 0.7\n1.7\n")

    def test_thread_waiting_on_loop_gets_clear_error(self):
        r = run("""
            import asyncio
            async def coro():
                return 1
            def blocking(loop):
                return asyncio.run_coroutine_threadsafe(coro(), loop).result()
            async def main():
                await asyncio.to_thread(blocking, asyncio.get_running_loop())
            asyncio.run(main())
        """)
        self.assertEqual(r["error"]["type"], "ThreadWaitsForLoop")
        self.assertIn("run_coroutine_threadsafe(...).result()", r["error"]["message"])
        self.assertIn("call_soon_threadsafe", r["error"]["message"])  # what to do instead
        self.assertNotIn("RuntimeError", r["stderr"])

    def test_sync_executor_as_completed_and_map(self):
        self.assertStdout("""
            import time
            from concurrent.futures import ThreadPoolExecutor, as_completed, wait
            with ThreadPoolExecutor() as ex:
                futs = [ex.submit(time.sleep, d) for d in (3, 1, 2)]
                for f in as_completed(futs):
                    print("done", futs.index(f), time.monotonic())
                print(list(ex.map(lambda x: x * 2, [1, 2, 3])))
            print(time.monotonic())
        """, "done 1 1.0\ndone 2 2.0\ndone 0 3.0\n[2, 4, 6]\n3.0\n")

    def test_blocking_result_in_coroutine_blocks_loop(self):
        r = self.assertStdout("""
            import asyncio, time
            from concurrent.futures import ThreadPoolExecutor
            async def main():
                with ThreadPoolExecutor() as ex:
                    f = ex.submit(time.sleep, 2)
                    f.result()
                    print(time.monotonic())
            asyncio.run(main())
        """, "2.0\n")
        self.assertEqual(r["elapsed"], 2.0)

    def test_thread_exception_propagates(self):
        r = run("""
            import asyncio
            def boom():
                raise ValueError("in thread")
            asyncio.run(asyncio.to_thread(boom))
        """)
        self.assertEqual(r["error"], {"type": "ValueError", "message": "in thread", "line": 4})


class ProcessTest(RunTestCase):
    def test_process_pool_round_trip(self):
        self.assertStdout("""
            import asyncio, time
            from concurrent.futures import ProcessPoolExecutor
            def square(x):
                time.sleep(1)
                return x * x
            async def main():
                loop = asyncio.get_running_loop()
                with ProcessPoolExecutor() as pool:
                    rs = await asyncio.gather(*(loop.run_in_executor(pool, square, i) for i in range(5)))
                print(rs, time.monotonic())
            if __name__ == "__main__":
                asyncio.run(main())
        """, "[0, 1, 4, 9, 16] 2.0\n")

    def test_unpicklable_argument_fails_like_cpython(self):
        r = run("""
            import asyncio
            from concurrent.futures import ProcessPoolExecutor
            async def main():
                loop = asyncio.get_running_loop()
                with ProcessPoolExecutor() as pool:
                    await loop.run_in_executor(pool, lambda: 3)
            asyncio.run(main())
        """)
        self.assertEqual(r["exitCode"], 1)
        self.assertIn(r["error"]["type"], ("AttributeError", "PicklingError"))
        self.assertIn("lambda", r["error"]["message"])
        self.assertEqual(r["error"]["line"], 7)

    def test_process_args_are_copies(self):
        self.assertStdout("""
            from concurrent.futures import ProcessPoolExecutor
            def add(items):
                items.append(1)
                return len(items)
            data = []
            with ProcessPoolExecutor() as pool:
                print(pool.submit(add, data).result(), data)
        """, "1 []\n")
