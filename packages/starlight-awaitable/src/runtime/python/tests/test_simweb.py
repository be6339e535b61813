"""simweb: the simulated web service learner programs import as `simweb`."""
import sys
import textwrap

from awaitable_runtime import simweb

from .support import RunTestCase, run

PHOTO = "https://files.example/photos/photo-%02d.jpg"


def photo_seconds(n):
    return 0.1 + simweb.PHOTO_SIZES[n - 1] / simweb.BYTES_PER_SECOND


class CatalogueTest(RunTestCase):
    def test_blocking_get_of_a_photo(self):
        r = self.assertStdout("""
            import simweb, time
            response = simweb.get("https://files.example/photos/photo-01.jpg")
            print(response, response.status_code, response.url)
            print(len(response.content), response.headers["content-type"], response.content[:2])
            print(f"{time.perf_counter():.2f}")
        """, """
            <Response [200 OK]> 200 https://files.example/photos/photo-01.jpg
            348000 image/jpeg b'\\xff\\xd8'
            0.97
        """)
        self.assertAlmostEqual(r["elapsed"], photo_seconds(1), places=9)

    def test_twelve_photos_take_twelve_seconds_in_turn(self):
        r = self.assertStdout("""
            import simweb
            index = simweb.get("https://files.example/photos/index.json").json()
            sizes = [len(simweb.get(url).content) for url in index["photos"]]
            print(len(sizes), min(sizes), max(sizes))
        """, "12 272000 436000\n")
        self.assertAlmostEqual(r["elapsed"], 0.2 + 12.0, places=9)

    def test_photo_bytes_are_the_same_every_time(self):
        a = run("import simweb; print(hash(simweb.get('https://files.example/photos/photo-07.jpg').content))")
        b = run("import simweb; print(hash(simweb.get('https://files.example/photos/photo-07.jpg').content))")
        self.assertEqual(a["stdout"], b["stdout"])

    def test_api_endpoints(self):
        r = self.assertStdout("""
            import simweb, time
            def show(url):
                t = time.perf_counter()
                response = simweb.get(url)
                print(response.status_code, response.json(), f"{time.perf_counter() - t:.2f}")
            show("https://api.example/delay/1.5")
            show("https://api.example/status/503")
            show("https://api.example/users/3")
            show("https://api.example/users/99")
            show("https://api.example/items?page=3")
            w1 = simweb.get("https://api.example/weather/Oslo").json()
            w2 = simweb.get("https://api.example/weather/Oslo").json()
            print(w1 == w2, sorted(w1))
        """, """
            200 {'delay': 1.5} 1.50
            503 {'status': 503} 0.10
            200 {'id': 3, 'name': 'Cleo', 'city': 'Lima'} 0.50
            404 {'error': 'not found'} 0.05
            200 {'page': 3, 'items': ['item-11', 'item-12', 'item-13', 'item-14', 'item-15'], 'next': None} 0.40
            True ['city', 'sky', 'temperature_c']
        """)

    def test_pages_link_to_the_next(self):
        self.assertStdout("""
            import simweb
            url = "https://api.example/items?page=1"
            while url:
                page = simweb.get(url).json()
                print(page["page"], page["items"][0])
                url = page["next"]
        """, """
            1 item-01
            2 item-06
            3 item-11
        """)

    def test_unknown_url_is_a_quick_404(self):
        r = self.assertStdout("""
            import simweb
            response = simweb.get("https://files.example/photos/photo-13.jpg")
            print(response, response.is_success)
            try:
                response.raise_for_status()
            except simweb.HTTPStatusError as exc:
                print(exc)
                print(exc.response.status_code)
            ok = simweb.get("https://api.example/users/1")
            print(ok.raise_for_status() is ok)
        """, """
            <Response [404 Not Found]> False
            Client error '404 Not Found' for url 'https://files.example/photos/photo-13.jpg'
            404
            True
        """)
        self.assertAlmostEqual(r["elapsed"], 0.55, places=9)

    def test_uncaught_status_error_names_the_module(self):
        r = run("""
            import simweb
            simweb.get("https://api.example/status/500").raise_for_status()
        """)
        self.assertEqual(r["exitCode"], 1)
        self.assertIn("simweb.HTTPStatusError: Server error '500 Internal Server Error' for url "
                      "'https://api.example/status/500'", r["stderr"])
        self.assertEqual(r["error"]["line"], 3)

    def test_bad_urls(self):
        self.assertStdout("""
            import simweb
            for url in ["files.example/photos/index.json", 42]:
                try:
                    simweb.get(url)
                except (simweb.RequestError, TypeError) as exc:
                    print(type(exc).__name__)
        """, """
            RequestError
            TypeError
        """)


class ClientsTest(RunTestCase):
    def test_async_client_downloads_concurrently(self):
        r = self.assertStdout("""
            import asyncio, simweb, time
            async def main():
                async with simweb.AsyncClient() as client:
                    responses = await asyncio.gather(*(client.get(url) for url in simweb.PHOTO_URLS))
                print(len(responses), client.is_closed, f"{time.perf_counter():.2f}")
                print(simweb.stats())
            asyncio.run(main())
        """, """
            12 True 1.19
            {'requests': 12, 'peak_concurrent': 12}
        """)
        self.assertAlmostEqual(r["elapsed"], max(photo_seconds(n) for n in range(1, 13)), places=9)

    def test_sync_client_blocks_the_event_loop(self):
        r = run("""
            import asyncio, simweb
            async def fetch(client, n):
                return client.get(f"https://files.example/photos/photo-{n:02d}.jpg")
            async def main():
                with simweb.Client() as client:
                    await asyncio.gather(fetch(client, 1), fetch(client, 2))
                print(simweb.stats())
            asyncio.run(main())
        """, trace=True)
        self.assertEqual(r["stdout"], "{'requests': 2, 'peak_concurrent': 1}\n")
        self.assertAlmostEqual(r["elapsed"], photo_seconds(1) + photo_seconds(2), places=9)
        blocks = [e for e in r["events"] if e["kind"] == "block"]
        self.assertEqual([(b["reason"], b["line"]) for b in blocks], [("time.sleep", 4)] * 2)

    def test_closed_client_refuses(self):
        self.assertStdout("""
            import asyncio, simweb
            with simweb.Client() as client:
                pass
            try:
                client.get("https://api.example/users/1")
            except RuntimeError as exc:
                print(exc)
            async def main():
                client = simweb.AsyncClient()
                await client.aclose()
                try:
                    await client.get("https://api.example/users/1")
                except RuntimeError as exc:
                    print(exc)
            asyncio.run(main())
        """, """
            Cannot send a request, as the client has been closed.
            Cannot send a request, as the client has been closed.
        """)

    def test_timeout(self):
        r = self.assertStdout("""
            import asyncio, simweb, time
            try:
                simweb.get("https://api.example/delay/5", timeout=1)
            except simweb.TimeoutException as exc:
                print(exc, f"{time.perf_counter():.1f}")
            async def main():
                async with simweb.AsyncClient(timeout=0.5) as client:
                    try:
                        await client.get("https://api.example/delay/2")
                    except simweb.RequestError as exc:
                        print(type(exc).__name__, f"{time.perf_counter():.1f}")
                    r = await client.get("https://api.example/delay/2", timeout=None)
                    print(r.status_code, f"{time.perf_counter():.1f}")
            asyncio.run(main())
        """, """
            No response from https://api.example/delay/5 within 1 s 1.0
            TimeoutException 1.5
            200 3.5
        """)
        self.assertEqual(r["elapsed"], 3.5)

    def test_cancelled_request_leaves_the_count(self):
        self.assertStdout("""
            import asyncio, simweb
            async def main():
                async with simweb.AsyncClient() as client:
                    try:
                        async with asyncio.timeout(0.5):
                            await client.get("https://api.example/delay/3")
                    except TimeoutError:
                        print("gave up")
                    await client.get("https://api.example/delay/1")
                print(simweb.stats())
            asyncio.run(main())
        """, """
            gave up
            {'requests': 2, 'peak_concurrent': 1}
        """)


class StreamingTest(RunTestCase):
    def test_async_stream_chunks_take_time(self):
        size = simweb.PHOTO_SIZES[0]
        chunks = -(-size // simweb.CHUNK_SIZE)
        r = self.assertStdout("""
            import asyncio, simweb, time
            async def main():
                async with simweb.AsyncClient() as client:
                    async with client.stream("GET", "https://files.example/photos/photo-01.jpg") as response:
                        print(response.status_code, f"headers at {time.perf_counter():.2f}")
                        try:
                            response.content
                        except simweb.ResponseNotRead:
                            print("not read yet")
                        times, total = [], 0
                        async for chunk in response.aiter_bytes():
                            total += len(chunk)
                            times.append(time.perf_counter())
                        print(len(times), total, f"{times[0]:.3f}", f"{times[-1]:.2f}")
                        print(len(response.content))
            asyncio.run(main())
        """, """
            200 headers at 0.10
            not read yet
            %d %d %.3f 0.97
            %d
        """ % (chunks, size, 0.1 + simweb.CHUNK_SIZE / simweb.BYTES_PER_SECOND, size))
        self.assertAlmostEqual(r["elapsed"], photo_seconds(1), places=9)

    def test_sync_stream_and_read(self):
        r = self.assertStdout("""
            import simweb, time
            with simweb.stream("GET", "https://files.example/photos/photo-02.jpg") as response:
                first = next(response.iter_bytes(chunk_size=100_000))
                print(len(first), f"{time.perf_counter():.2f}")
                rest = response.read()
                print(len(rest), f"{time.perf_counter():.2f}")
            with simweb.Client() as client:
                with client.stream("GET", "https://api.example/users/2") as response:
                    print(response.read())
        """, """
            100000 0.35
            412000 1.13
            b'{"id": 2, "name": "Ben", "city": "Nairobi"}'
        """)
        self.assertAlmostEqual(r["elapsed"], photo_seconds(2) + 0.5, places=9)

    def test_wrong_kind_of_iterator(self):
        self.assertStdout("""
            import asyncio, simweb
            async def main():
                async with simweb.AsyncClient() as client:
                    async with client.stream("GET", "https://api.example/users/2") as response:
                        try:
                            for chunk in response.iter_bytes():
                                pass
                        except RuntimeError as exc:
                            print(exc)
            asyncio.run(main())
        """, "Attempted to call a sync iterator on an async stream: use `async for chunk in "
             "response.aiter_bytes()`.\n")

    def test_closing_a_stream_early_ends_the_request(self):
        self.assertStdout("""
            import asyncio, simweb, time
            async def main():
                async with simweb.AsyncClient() as client:
                    async with client.stream("GET", "https://files.example/photos/photo-01.jpg") as response:
                        async for chunk in response.aiter_bytes():
                            break
                    await client.get("https://api.example/users/1")
                print(simweb.stats(), f"{time.perf_counter():.3f}")
            asyncio.run(main())
        """, "{'requests': 2, 'peak_concurrent': 1} %.3f\n"
             % (0.1 + simweb.CHUNK_SIZE / simweb.BYTES_PER_SECOND + 0.5))

    def test_non_streamed_response_iterates_at_once(self):
        self.assertStdout("""
            import simweb, time
            response = simweb.get("https://files.example/photos/photo-01.jpg")
            before = time.perf_counter()
            print(sum(len(c) for c in response.iter_bytes()), time.perf_counter() == before)
        """, "348000 True\n")


class StatsTest(RunTestCase):
    def test_thread_pool_of_four(self):
        self.assertStdout("""
            import simweb
            from concurrent.futures import ThreadPoolExecutor
            with ThreadPoolExecutor(max_workers=4) as pool:
                photos = list(pool.map(lambda url: simweb.get(url).content, simweb.PHOTO_URLS))
            print(len(photos), simweb.stats())
        """, "12 {'requests': 12, 'peak_concurrent': 4}\n")

    def test_to_thread_uses_the_default_pool_of_eight(self):
        self.assertStdout("""
            import asyncio, simweb
            async def main():
                await asyncio.gather(*(asyncio.to_thread(simweb.get, url) for url in simweb.PHOTO_URLS))
                print(simweb.stats())
            asyncio.run(main())
        """, "{'requests': 12, 'peak_concurrent': 8}\n")

    def test_semaphore_of_four(self):
        r = self.assertStdout("""
            import asyncio, simweb
            async def fetch(client, slots, url):
                async with slots:
                    return await client.get(url)
            async def main():
                slots = asyncio.Semaphore(4)
                async with simweb.AsyncClient() as client:
                    await asyncio.gather(*(fetch(client, slots, url) for url in simweb.PHOTO_URLS))
                print(simweb.stats())
            asyncio.run(main())
        """, "{'requests': 12, 'peak_concurrent': 4}\n")
        self.assertAlmostEqual(r["elapsed"], 3.22, places=9)

    def test_back_to_back_requests_do_not_overlap(self):
        self.assertStdout("""
            import simweb
            for url in simweb.PHOTO_URLS[:3]:
                simweb.get(url)
            print(simweb.stats())
        """, "{'requests': 3, 'peak_concurrent': 1}\n")

    def test_stats_start_fresh_every_run(self):
        source = """
            import simweb
            simweb.get("https://api.example/users/1")
            simweb.get("https://api.example/users/2")
            print(simweb.stats())
        """
        for _ in range(2):
            self.assertStdout(source, "{'requests': 2, 'peak_concurrent': 1}\n")
        self.assertStdout("import simweb; print(simweb.stats())", "{'requests': 0, 'peak_concurrent': 0}\n")

    def test_nothing_leaks_between_runs(self):
        self.assertStdout("""
            import simweb
            simweb.get = None
            simweb.PHOTO_URLS = ()
        """, "")
        self.assertStdout("""
            import simweb
            print(simweb.get is not None, len(simweb.PHOTO_URLS))
        """, "True 12\n")
        self.assertNotIn("simweb", sys.modules)

    def test_a_grading_check_reads_the_stats(self):
        check = textwrap.dedent("""
            import simweb
            def check(stdout, trace, globals):
                peak = simweb.stats()["peak_concurrent"]
                if peak > 4:
                    return f"{peak} downloads ran at once"
        """)
        r = run("""
            import asyncio, simweb
            async def main():
                async with simweb.AsyncClient() as client:
                    await asyncio.gather(*(client.get(url) for url in simweb.PHOTO_URLS[:6]))
            asyncio.run(main())
        """, checks=[check])
        self.assertEqual(r["checks"], [{"passed": False, "message": "6 downloads ran at once"}])


class ThumbnailTest(RunTestCase):
    TIMED = """
        import asyncio, simweb, time
        from concurrent.futures import ProcessPoolExecutor
        photos = [simweb.get(url).content for url in simweb.PHOTO_URLS[:4]]

        async def main():
            loop = asyncio.get_running_loop()
            start = time.perf_counter()
            with ProcessPoolExecutor() as pool:
                thumbs = %s
            print(len(thumbs), len(thumbs[0]), f"{time.perf_counter() - start:.1f}")

        if __name__ == "__main__":
            asyncio.run(main())
    """

    def timed(self, expression, **kwargs):
        return self.run_ok(self.TIMED % expression, **kwargs)["stdout"]

    def test_in_turn_threads_and_processes(self):
        in_turn = "[simweb.thumbnail(p) for p in photos]"
        threads = "await asyncio.gather(*(asyncio.to_thread(simweb.thumbnail, p) for p in photos))"
        processes = "await asyncio.gather(*(loop.run_in_executor(pool, simweb.thumbnail, p) for p in photos))"
        self.assertEqual(self.timed(in_turn, cpu_time=True), "4 3480 3.6\n")
        self.assertEqual(self.timed(threads, cpu_time=True), "4 3480 3.6\n")    # the GIL: no gain
        self.assertEqual(self.timed(processes, cpu_time=True), "4 3480 0.9\n")  # 4 cores at once

    def test_costs_nothing_without_cpu_time(self):
        self.assertEqual(self.timed("[simweb.thumbnail(p) for p in photos]", cpu_time=False),
                         "4 3480 0.0\n")

    def test_process_result_matches(self):
        self.assertStdout("""
            import simweb
            from concurrent.futures import ProcessPoolExecutor
            photo = simweb.get("https://files.example/photos/photo-05.jpg")
            if __name__ == "__main__":
                with ProcessPoolExecutor() as pool:
                    remote = pool.submit(simweb.thumbnail, photo.content).result()
                    whole = pool.submit(simweb.thumbnail, photo).result()
                print(remote == simweb.thumbnail(photo.content) == whole, len(remote))
                try:
                    simweb.thumbnail("photo")
                except TypeError as exc:
                    print(exc)
        """, """
            True 3240
            thumbnail() needs the photo's bytes (response.content), not str
        """, cpu_time=True)
