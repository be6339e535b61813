"""install()/uninstall() route plain asyncio (and IsolatedAsyncioTestCase) to our loop."""
import asyncio
import sys
import unittest

import awaitable_runtime
from awaitable_runtime import VirtualEventLoop, installed


class InstallTest(unittest.TestCase):
    def test_asyncio_run_uses_virtual_loop(self):
        async def main():
            loop = asyncio.get_running_loop()
            t0 = loop.time()
            await asyncio.sleep(100)
            return type(loop), loop.time() - t0
        with installed():
            kind, dt = asyncio.run(main())
            other = asyncio.new_event_loop()
            self.assertIs(type(other), VirtualEventLoop)
            other.close()
        self.assertIs(kind, VirtualEventLoop)
        self.assertEqual(dt, 100)
        loop = asyncio.new_event_loop()
        self.assertNotIsInstance(loop, VirtualEventLoop)
        loop.close()

    @unittest.skipIf(sys.platform == "emscripten", "no threads in Pyodide")
    def test_real_threads_still_work_when_installed(self):
        async def main():
            return await asyncio.to_thread(lambda: 42)
        with installed():
            self.assertEqual(asyncio.run(main()), 42)

    def test_isolated_asyncio_testcase(self):
        seen = []

        class T(unittest.IsolatedAsyncioTestCase):
            async def test_it(self):
                seen.append(type(asyncio.get_running_loop()))
                await asyncio.sleep(1000)

        with installed():
            result = unittest.TestResult()
            T("test_it").run(result)
        self.assertTrue(result.wasSuccessful(), result.errors + result.failures)
        self.assertEqual(seen, [VirtualEventLoop])

    def test_uninstall_is_idempotent(self):
        awaitable_runtime.install()
        awaitable_runtime.install()
        awaitable_runtime.uninstall()
        awaitable_runtime.uninstall()
        loop = asyncio.new_event_loop()
        self.assertNotIsInstance(loop, VirtualEventLoop)
        loop.close()
