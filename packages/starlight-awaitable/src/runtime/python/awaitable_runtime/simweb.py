"""simweb: a simulated web service that learner programs import as `simweb`.

Offline and deterministic: every URL answers after a fixed virtual delay, so the
same program takes the same virtual time on every run. The API is shaped like
httpx (and requests for the module-level `get`):

    import simweb

    async with simweb.AsyncClient() as client:      # waits with asyncio.sleep
        response = await client.get(url)
        async with client.stream("GET", url) as response:
            async for chunk in response.aiter_bytes():  # each chunk takes time
                ...

    with simweb.Client() as client:                  # waits with time.sleep
        response = client.get(url)                   # (blocks the event loop if
                                                     #  called from a coroutine)
    response = simweb.get(url)                       # like requests.get

    response.status_code, response.url, response.headers, response.content,
    response.text, response.json(), response.raise_for_status()

    simweb.thumbnail(photo_bytes)   # 0.9 s of CPU work (see below)
    simweb.stats()                  # {"requests": n, "peak_concurrent": k}

Catalogue (anything else answers 404 Not Found after 0.05 s):

    https://files.example/photos/index.json
        0.2 s. {"photos": [12 photo URLs]}.
    https://files.example/photos/photo-01.jpg ... photo-12.jpg
        JPEG-like bytes, 272,000 to 436,000 bytes. 0.1 s until the response starts,
        then 400,000 bytes/s: 0.78 s to 1.19 s per photo, 12.0 s for all twelve.
        Streamed in 64 KiB chunks, each taking its share of the transfer time.
    https://api.example/delay/<seconds>
        answers after <seconds> (0 to 60, may be a decimal): {"delay": seconds}.
    https://api.example/status/<code>
        0.1 s, status <code> (100-599): {"status": code}.
    https://api.example/users/<id>
        0.5 s, ids 1-12: {"id", "name", "city"}; other ids 404.
    https://api.example/weather/<city>
        0.3 s to 1.2 s depending on the city name:
        {"city", "temperature_c", "sky"}.
    https://api.example/items?page=<n>
        0.4 s, pages 1-3 of five items each: {"page", "items", "next"} where
        "next" is the next page's URL, or null on the last page.

Blocking calls (`Client.get`, `simweb.get`, `Response.iter_bytes/read` of a stream)
wait with time.sleep: on the event loop's thread they hold the loop; in a simulated
thread they release the simulated GIL like real socket reads. Async calls wait with
asyncio.sleep. `thumbnail()` calls clock.spend(0.9): CPU work that holds the GIL, so
it gains nothing in threads but runs in parallel in a ProcessPoolExecutor (it and
its bytes argument and result are picklable). With cpu_time=False it costs nothing.

Stats are per run (kept on the run's RunState): `requests` counts every request
started; `peak_concurrent` is the largest number in flight at one virtual instant,
async and blocking ones together, computed from each request's (start, end) on its
own clock, so requests made in simulated threads count correctly. A request is in
flight from the call until its body has arrived (a stream: until it is read to the
end or closed). One that ends exactly when another starts does not overlap it.
"""
from __future__ import annotations

import asyncio
import http
import json
import types
import zlib
from collections.abc import AsyncIterator, Iterator
from typing import Any, Literal, Self
from urllib.parse import parse_qs, urlsplit

from . import clock as _clock
from . import state as _state

__all__ = [
    "AsyncClient", "Client", "Response", "get", "stream", "thumbnail", "stats",
    "HTTPError", "HTTPStatusError", "RequestError", "TimeoutException", "ResponseNotRead",
    "PHOTO_URLS", "INDEX_URL", "THUMBNAIL_CPU_SECONDS",
]

_MS = 1_000_000  # nanoseconds per millisecond

INDEX_URL = "https://files.example/photos/index.json"
PHOTO_SIZES = (348_000, 412_000, 296_000, 380_000, 324_000, 436_000,
               272_000, 364_000, 400_000, 316_000, 388_000, 384_000)
PHOTO_URLS = tuple("https://files.example/photos/photo-%02d.jpg" % n
                   for n in range(1, len(PHOTO_SIZES) + 1))
PHOTO_LATENCY_NS = 100 * _MS
BYTES_PER_SECOND = 400_000
CHUNK_SIZE = 65_536
NOT_FOUND_NS = 50 * _MS
THUMBNAIL_CPU_SECONDS = 0.9

_USERS = ("Ada", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Juno", "Kai", "Lea")
_CITIES = ("Lisbon", "Oslo", "Nairobi", "Lima", "Osaka", "Perth")
_SKIES = ("sunny", "cloudy", "rainy", "windy", "foggy")
_PAGES = 3

_Span = list[Any]  # [start_ns, end_ns or None]: one request in flight
_Mode = Literal["sync", "async"]


# --- errors ------------------------------------------------------------------

class HTTPError(Exception):
    """Base class of simweb's errors."""


class RequestError(HTTPError):
    """The request did not get a response."""


class TimeoutException(RequestError):
    """No response within the `timeout` given to get()/stream() or the client."""


class HTTPStatusError(HTTPError):
    """Raised by Response.raise_for_status() for a 4xx or 5xx status."""

    def __init__(self, message: str, *, response: Response) -> None:
        super().__init__(message)
        self.response = response


class ResponseNotRead(RuntimeError):
    """A streamed response's content was used before its body was read."""

    def __init__(self) -> None:
        super().__init__(
            "Attempted to access streaming response content, without having called "
            "`read()` (or `aread()` for AsyncClient).")


# --- per-run stats -------------------------------------------------------------

class _Stats:
    __slots__ = ("requests", "spans")

    def __init__(self) -> None:
        self.requests = 0
        self.spans: list[_Span] = []  # [start_ns, end_ns or None] per request

    def begin(self, now: int) -> _Span:
        self.requests += 1
        span = [now, None]
        self.spans.append(span)
        return span

    @staticmethod
    def end(span: _Span, now: int) -> None:
        if span[1] is None:
            span[1] = max(now, span[0])

    def peak(self) -> int:
        events: list[tuple[int, int]] = []
        for start, end in self.spans:
            if end == start:
                continue  # took no time: overlaps nothing
            events.append((start, 1))
            if end is not None:
                events.append((end, 0))  # at the same instant, ends come before starts
        events.sort()
        peak = current = 0
        for _, starting in events:
            current += 1 if starting else -1
            peak = max(peak, current)
        return max(peak, 1 if self.requests else 0)


_outside_stats = _Stats()  # used only when no run is active (e.g. a plain import)


def _stats() -> _Stats:
    st = _state.current()
    if st is None:
        return _outside_stats
    stats_ = getattr(st, "simweb_stats", None)
    if stats_ is None:
        stats_ = st.simweb_stats = _Stats()  # a fresh RunState per run: fresh stats
    return stats_


def _now() -> int:
    st = _state.current()
    return st.clock_ns() if st is not None else 0


def stats() -> dict[str, int]:
    """{"requests": requests started in this run, "peak_concurrent": most in flight at once}."""
    s = _stats()
    return {"requests": s.requests, "peak_concurrent": s.peak()}


# --- the catalogue -------------------------------------------------------------

class _Resource:
    __slots__ = ("status", "content_type", "body", "latency_ns", "transfer_ns")

    def __init__(self, status: int, body: bytes, latency_ns: int, transfer_ns: int = 0,
                 content_type: str = "application/json") -> None:
        self.status = status
        self.content_type = content_type
        self.body = body
        self.latency_ns = latency_ns
        self.transfer_ns = transfer_ns

    def arrived_ns(self, offset: int) -> int:
        """Nanoseconds after the response starts until byte `offset` has arrived."""
        size = len(self.body)
        return self.transfer_ns if offset >= size else self.transfer_ns * offset // size


_photo_cache: dict[int, bytes] = {}


def _photo_bytes(n: int) -> bytes:
    data = _photo_cache.get(n)
    if data is None:
        size = PHOTO_SIZES[n - 1]
        block = bytes((n * 37 + k * 11) % 256 for k in range(256))
        header = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00photo-%02d" % n
        data = (header + block * (size // 256 + 1))[:size]
        _photo_cache[n] = data
    return data


def _json(status: int, obj: object, latency_ns: int) -> _Resource:
    return _Resource(status, json.dumps(obj).encode(), latency_ns)


def _not_found() -> _Resource:
    return _Resource(404, b'{"error": "not found"}', NOT_FOUND_NS)


def _route(url: object) -> _Resource:  # object: a learner may pass anything
    if not isinstance(url, str):
        raise TypeError("url must be a str, not %s" % type(url).__name__)
    parts = urlsplit(url)
    host, path = parts.netloc.lower(), parts.path
    segments = [s for s in path.split("/") if s]
    if parts.scheme not in ("http", "https"):
        raise RequestError("Request URL is missing an 'http://' or 'https://' protocol: %r" % url)
    if host == "files.example":
        if url == INDEX_URL or (segments == ["photos", "index.json"]):
            return _json(200, {"photos": list(PHOTO_URLS)}, 200 * _MS)
        if len(segments) == 2 and segments[0] == "photos":
            name = segments[1]
            if name.startswith("photo-") and name.endswith(".jpg") and name[6:-4].isdigit() \
                    and len(name) == len("photo-01.jpg"):
                n = int(name[6:-4])
                if 1 <= n <= len(PHOTO_SIZES):
                    body = _photo_bytes(n)
                    return _Resource(200, body, PHOTO_LATENCY_NS,
                                     len(body) * 1_000_000_000 // BYTES_PER_SECOND, "image/jpeg")
        return _not_found()
    if host == "api.example" and len(segments) == 2:
        kind, arg = segments
        if kind == "delay":
            try:
                seconds = float(arg)
            except ValueError:
                return _not_found()
            if not 0 <= seconds <= 60:
                return _json(400, {"error": "delay must be between 0 and 60 seconds"}, 50 * _MS)
            return _json(200, {"delay": seconds}, round(seconds * 1e9))
        if kind == "status" and arg.isdigit() and 100 <= int(arg) <= 599:
            return _json(int(arg), {"status": int(arg)}, 100 * _MS)
        if kind == "users" and arg.isdigit() and 1 <= int(arg) <= len(_USERS):
            i = int(arg)
            return _json(200, {"id": i, "name": _USERS[i - 1], "city": _CITIES[i % len(_CITIES)]},
                         500 * _MS)
        if kind == "weather":
            h = zlib.crc32(arg.lower().encode())
            return _json(200, {"city": arg, "temperature_c": h % 35 - 5,
                               "sky": _SKIES[(h >> 8) % len(_SKIES)]},
                         300 * _MS + (h % 10) * 100 * _MS)
    if host == "api.example" and segments == ["items"]:
        page = parse_qs(parts.query).get("page", ["1"])[-1]
        if page.isdigit() and 1 <= int(page) <= _PAGES:
            p = int(page)
            nxt = "https://api.example/items?page=%d" % (p + 1) if p < _PAGES else None
            items = ["item-%02d" % (5 * (p - 1) + k) for k in range(1, 6)]
            return _json(200, {"page": p, "items": items, "next": nxt}, 400 * _MS)
    return _not_found()


# --- responses -------------------------------------------------------------------

class Response:
    """An HTTP response. A streamed one (from stream()) has no content until read."""

    def __init__(self, url: str, resource: _Resource, *, streaming: _Mode | None = None,
                 span: _Span | None = None) -> None:
        self.url = url
        self.status_code = resource.status
        self.headers = {"content-type": resource.content_type,
                        "content-length": str(len(resource.body))}
        self._resource = resource
        self._streaming = streaming  # None, "sync" or "async"
        self._span = span
        self._offset = 0 if streaming else len(resource.body)
        self._closed = False

    # status
    @property
    def reason_phrase(self) -> str:
        try:
            return http.HTTPStatus(self.status_code).phrase
        except ValueError:
            return ""

    @property
    def is_success(self) -> bool:
        return 200 <= self.status_code < 300

    def raise_for_status(self) -> Self:
        """Raise HTTPStatusError for a 4xx/5xx status; otherwise return the response."""
        code = self.status_code
        if code < 400:
            return self
        kind = "Client error" if code < 500 else "Server error"
        raise HTTPStatusError("%s '%d %s' for url '%s'" % (kind, code, self.reason_phrase, self.url),
                              response=self)

    def __repr__(self) -> str:
        return "<Response [%d %s]>" % (self.status_code, self.reason_phrase)

    # body
    @property
    def is_stream_consumed(self) -> bool:
        return self._offset >= len(self._resource.body)

    @property
    def content(self) -> bytes:
        if not self.is_stream_consumed:
            raise ResponseNotRead()
        return self._resource.body

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", errors="replace")

    def json(self) -> Any:
        return json.loads(self.content)

    def _chunks(self, chunk_size: int | None) -> Iterator[tuple[bytes, int]]:
        """(bytes, nanoseconds to wait for them) for the rest of the body."""
        res = self._resource
        body = res.body
        size = chunk_size or CHUNK_SIZE
        if not self._streaming:
            for i in range(0, len(body), size):
                yield body[i:i + size], 0
            return
        while self._offset < len(body):
            start = self._offset
            end = min(start + size, len(body))
            yield body[start:end], res.arrived_ns(end) - res.arrived_ns(start)

    def _advance(self, chunk: bytes) -> None:
        if self._streaming:
            self._offset += len(chunk)
            if self.is_stream_consumed and self._span is not None:
                _Stats.end(self._span, _now())

    def _check_mode(self, wanted: _Mode) -> None:
        if self._streaming and self._streaming != wanted:
            if wanted == "sync":
                raise RuntimeError("Attempted to call a sync iterator on an async stream: "
                                   "use `async for chunk in response.aiter_bytes()`.")
            raise RuntimeError("Attempted to call an async iterator on a sync stream: "
                               "use `for chunk in response.iter_bytes()`.")
        if self._closed and not self.is_stream_consumed:
            raise RuntimeError("Attempted to read a stream that has been closed.")

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """Yield the body in chunks; for a streamed response each one takes its
        share of the transfer time (time.sleep)."""
        self._check_mode("sync")
        for chunk, ns in self._chunks(chunk_size):
            if ns:
                _clock.sleep(ns / 1e9)
            self._advance(chunk)
            yield chunk

    async def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """Like iter_bytes, waiting with asyncio.sleep."""
        self._check_mode("async")
        for chunk, ns in self._chunks(chunk_size):
            if ns:
                await asyncio.sleep(ns / 1e9)
            self._advance(chunk)
            yield chunk

    def read(self) -> bytes:
        for _ in self.iter_bytes():
            pass
        return self.content

    async def aread(self) -> bytes:
        async for _ in self.aiter_bytes():
            pass
        return self.content

    def _close(self) -> None:
        self._closed = True
        if self._span is not None:
            _Stats.end(self._span, _now())


# --- making requests ---------------------------------------------------------------

def _check_method(method: object) -> None:
    if not isinstance(method, str) or method.upper() != "GET":
        raise ValueError("simweb only answers GET requests, not %r" % (method,))


def _timeout_ns(timeout: object) -> int | None:
    if timeout is None:
        return None
    if not isinstance(timeout, (int, float)) or timeout < 0:
        raise ValueError("timeout must be a non-negative number of seconds or None")
    return round(timeout * 1e9)


def _timed_out(url: str, timeout_ns: int) -> TimeoutException:
    return TimeoutException("No response from %s within %g s" % (url, timeout_ns / 1e9))


def _blocking_get(url: str, timeout_ns: int | None) -> Response:
    resource = _route(url)
    span = _stats().begin(_now())
    try:
        total = resource.latency_ns + resource.transfer_ns
        if timeout_ns is not None and total > timeout_ns:
            _clock.sleep(timeout_ns / 1e9)
            raise _timed_out(url, timeout_ns)
        _clock.sleep(total / 1e9)
    finally:
        _Stats.end(span, _now())
    return Response(url, resource)


async def _async_get(url: str, timeout_ns: int | None) -> Response:
    resource = _route(url)
    span = _stats().begin(_now())
    try:
        total = resource.latency_ns + resource.transfer_ns
        if timeout_ns is not None and total > timeout_ns:
            await asyncio.sleep(timeout_ns / 1e9)
            raise _timed_out(url, timeout_ns)
        await asyncio.sleep(total / 1e9)
    finally:
        _Stats.end(span, _now())
    return Response(url, resource)


class _SyncStream:
    def __init__(self, client: Client | None, url: str, timeout_ns: int | None) -> None:
        self._client, self._url, self._timeout_ns = client, url, timeout_ns
        self._response: Response | None = None

    def __enter__(self) -> Response:
        if self._client is not None:
            self._client._check_open()
        resource = _route(self._url)
        span = _stats().begin(_now())
        try:
            if self._timeout_ns is not None and resource.latency_ns > self._timeout_ns:
                _clock.sleep(self._timeout_ns / 1e9)
                raise _timed_out(self._url, self._timeout_ns)
            _clock.sleep(resource.latency_ns / 1e9)
        except BaseException:
            _Stats.end(span, _now())
            raise
        self._response = Response(self._url, resource, streaming="sync", span=span)
        if not resource.body:
            _Stats.end(span, _now())
        return self._response

    def __exit__(self, *exc: object) -> bool:
        if self._response is not None:
            self._response._close()
        return False


class _AsyncStream:
    def __init__(self, client: AsyncClient, url: str, timeout_ns: int | None) -> None:
        self._client, self._url, self._timeout_ns = client, url, timeout_ns
        self._response: Response | None = None

    async def __aenter__(self) -> Response:
        self._client._check_open()
        resource = _route(self._url)
        span = _stats().begin(_now())
        try:
            if self._timeout_ns is not None and resource.latency_ns > self._timeout_ns:
                await asyncio.sleep(self._timeout_ns / 1e9)
                raise _timed_out(self._url, self._timeout_ns)
            await asyncio.sleep(resource.latency_ns / 1e9)
        except BaseException:
            _Stats.end(span, _now())
            raise
        self._response = Response(self._url, resource, streaming="async", span=span)
        if not resource.body:
            _Stats.end(span, _now())
        return self._response

    async def __aexit__(self, *exc: object) -> bool:
        if self._response is not None:
            self._response._close()
        return False


_DEFAULT: Any = object()  # timeout not given: the client's (Any: it stands in for a float | None)


class _BaseClient:
    def __init__(self, *, timeout: float | None = None) -> None:
        self._timeout_ns = _timeout_ns(timeout)
        self._is_closed = False

    @property
    def is_closed(self) -> bool:
        return self._is_closed

    def _check_open(self) -> None:
        if self._is_closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")

    def _timeout(self, timeout: float | None) -> int | None:
        return self._timeout_ns if timeout is _DEFAULT else _timeout_ns(timeout)


class Client(_BaseClient):
    """A blocking client: `with simweb.Client() as client: client.get(url)`."""

    def get(self, url: str, *, timeout: float | None = _DEFAULT) -> Response:
        self._check_open()
        return _blocking_get(url, self._timeout(timeout))

    def stream(self, method: str, url: str, *, timeout: float | None = _DEFAULT) -> _SyncStream:
        """`with client.stream("GET", url) as response:` then response.iter_bytes()."""
        _check_method(method)
        return _SyncStream(self, url, self._timeout(timeout))

    def close(self) -> None:
        self._is_closed = True

    def __enter__(self) -> Self:
        self._check_open()
        return self

    def __exit__(self, *exc: object) -> bool:
        self.close()
        return False


class AsyncClient(_BaseClient):
    """An asyncio client: `async with simweb.AsyncClient() as client: await client.get(url)`."""

    async def get(self, url: str, *, timeout: float | None = _DEFAULT) -> Response:
        self._check_open()
        return await _async_get(url, self._timeout(timeout))

    def stream(self, method: str, url: str, *, timeout: float | None = _DEFAULT) -> _AsyncStream:
        """`async with client.stream("GET", url) as response:` then response.aiter_bytes()."""
        _check_method(method)
        return _AsyncStream(self, url, self._timeout(timeout))

    async def aclose(self) -> None:
        self._is_closed = True

    async def __aenter__(self) -> Self:
        self._check_open()
        return self

    async def __aexit__(self, *exc: object) -> bool:
        await self.aclose()
        return False


def get(url: str, *, timeout: float | None = None) -> Response:
    """A blocking GET, like requests.get(url): waits with time.sleep."""
    return _blocking_get(url, _timeout_ns(timeout))


def stream(method: str, url: str, *, timeout: float | None = None) -> _SyncStream:
    """A blocking streamed GET: `with simweb.stream("GET", url) as response:`."""
    _check_method(method)
    return _SyncStream(None, url, _timeout_ns(timeout))


# --- CPU-bound work --------------------------------------------------------------------

def thumbnail(photo: bytes | bytearray | memoryview | Response) -> bytes:
    """Shrink a photo (bytes, or a Response) to a thumbnail: 0.9 s of CPU time that
    holds the GIL, like pure-Python image code. Returns bytes, 1/100 of the size."""
    if isinstance(photo, Response):
        photo = photo.content
    if not isinstance(photo, (bytes, bytearray, memoryview)):
        raise TypeError("thumbnail() needs the photo's bytes (response.content), not %s"
                        % type(photo).__name__)
    _clock.spend(THUMBNAIL_CPU_SECONDS)
    return bytes(photo[::100])


# --- registration ------------------------------------------------------------------------

for _cls in (HTTPError, RequestError, TimeoutException, HTTPStatusError, ResponseNotRead,
             Response, Client, AsyncClient):
    _cls.__module__ = "simweb"  # tracebacks say simweb.HTTPStatusError; pickle finds them there
del _cls


def module_for_run() -> types.ModuleType:
    """A fresh `simweb` module for one run (runner.py puts it in sys.modules), so
    whatever a program assigns to the module's attributes ends with the run."""
    module = types.ModuleType("simweb", __doc__)
    for name in __all__:
        setattr(module, name, globals()[name])
    return module
