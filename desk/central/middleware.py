"""ASGI middleware: who may take a slot, body limits and gzip, server time, access log.

In-flight limits are taken in this order, so nobody can fill them with unverified input:

1. A request to a path that needs a device token must carry exactly one well-formed
   ``Authorization: Bearer <token>`` header (RFC 6750; the scheme is case-insensitive),
   else 401 at once. The token is verified before anything else, a few checks at a time,
   with a cap on how many one address may have waiting (``verify:<address>``); an unknown,
   revoked or expired token is answered 401 at once. Junk headers therefore never hold a
   slot, and re-casing a valid header does not give it a second set of slots.
2. A verified request takes a slot of its device (``dev:<device id>``); every other
   request (enrolment, the schema) takes a slot of its address (``ip:<address>``; with
   ``--proxy-headers`` the forwarded address, as uvicorn rewrites ``scope["client"]``)
   from a pool of its own, a quarter of the overall limit. ``/v1/health`` (answered from
   memory) counts in the overall limit only.
3. A request body must arrive within ``body_timeout`` seconds, with no pause longer than
   ``body_idle_timeout``: a slow client is answered 408 and cut off, and its slot freed.
"""

from __future__ import annotations

import json
import logging
import re
import secrets
import threading
import time
import zlib
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import anyio
import anyio.to_thread

from desk import clock
from desk.central.auth import AuthError, Device

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
#: Looks up a device token (blocking; runs on a worker thread); raises AuthError.
Verifier = Callable[[str], Device]

access_log = logging.getLogger("desk.central.access")
log = logging.getLogger("desk.central")

MAX_BODY = 2 * 1024 * 1024
#: A whole request body must arrive within this many seconds ...
BODY_TIMEOUT = 60.0
#: ... and without a pause longer than this.
BODY_IDLE_TIMEOUT = 15.0
#: Paths under /v1/ that need no device token; every other /v1/ path does.
PUBLIC_PATHS = frozenset({"/v1/health", "/v1/enroll"})
HEALTH_PATH = "/v1/health"
HEALTH = "health"
#: RFC 6750 section 2.1: ``b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="``
_B64TOKEN = re.compile(rb"[A-Za-z0-9\-._~+/]+=*")
#: Answers given before the body was read close the connection: the rest is not awaited.
_CLOSE = (b"connection", b"close")
BUSY_MESSAGE = (
    "too many requests at once; retry after the given seconds / "
    "te veel gelijktijdige verzoeken, probeer zo opnieuw"
)


def server_time() -> str:
    return clock.now().isoformat(timespec="milliseconds").replace("+00:00", "Z")


def needs_token(path: str) -> bool:
    return path.startswith("/v1/") and path not in PUBLIC_PATHS


def bearer_token(headers: list[tuple[bytes, bytes]]) -> str | None:
    """The token of the one ``Authorization: Bearer <token>`` header, or None.

    RFC 6750 section 2.1, with the scheme matched case-insensitively as RFC 9110
    section 11.1 says for every authentication scheme. None when the header is missing,
    repeated, of another scheme, or the token is not a ``b64token``.
    """
    values = [v for k, v in headers if k.lower() == b"authorization"]
    if len(values) != 1:
        return None
    scheme, sep, rest = values[0].partition(b" ")
    token = rest.lstrip(b" ")
    if not sep or scheme.lower() != b"bearer" or not _B64TOKEN.fullmatch(token):
        return None
    return token.decode("ascii")


def client_address(scope: Scope) -> str:
    client = scope.get("client")
    return str(client[0]) if client else "?"


class _TooLargeError(Exception):
    pass


class _SlowBodyError(Exception):
    pass


class _GoneError(Exception):
    pass


class Limiter:
    """In-flight request limits, per device, per address and overall (per worker process).

    Keys: ``dev:<device id>`` (a verified device), ``ip:<address>`` (requests without a
    token), ``verify:<address>`` (token checks in progress) and ``health``. Only the
    middleware makes keys, from verified devices and connection addresses, never from
    request headers. Requests without a token share a pool of their own (*anonymous*), so
    that slow enrolments from many addresses cannot take the slots devices sync with.
    """

    def __init__(
        self,
        per_client: int,
        overall: int,
        per_address: int = 16,
        anonymous: int | None = None,
        checks_per_address: int = 256,
    ) -> None:
        self.per_client = per_client
        self.per_address = per_address  # many desks may share one address (NAT)
        #: Token checks queued or running per address: the checks themselves run a few at
        #: a time (``verify_threads``), so this only bounds one address's queue; it is high
        #: because a whole town hall's desks may sync at once from behind one address.
        self.checks_per_address = checks_per_address
        self.overall = overall
        self.anonymous = anonymous if anonymous is not None else max(1, overall // 4)
        self._lock = threading.Lock()
        self._by_client: dict[str, int] = {}
        self._total = 0
        self._anonymous = 0

    def limit_of(self, client: str) -> int:
        if client.startswith("dev:"):
            return self.per_client
        if client == HEALTH:
            return self.overall  # answered at once, from memory
        if client.startswith("verify:"):
            return self.checks_per_address
        return self.per_address

    def acquire(self, client: str) -> bool:
        anonymous = client.startswith("ip:")
        with self._lock:
            if (
                self._total >= self.overall
                or (anonymous and self._anonymous >= self.anonymous)
                or self._by_client.get(client, 0) >= self.limit_of(client)
            ):
                return False
            self._total += 1
            self._anonymous += anonymous
            self._by_client[client] = self._by_client.get(client, 0) + 1
            return True

    def release(self, client: str) -> None:
        with self._lock:
            self._total -= 1
            self._anonymous -= client.startswith("ip:")
            left = self._by_client[client] - 1
            if left:
                self._by_client[client] = left
            else:
                del self._by_client[client]

    def in_flight(self, client: str | None = None) -> int:
        """Requests holding a slot: all of them, or those of one key."""
        with self._lock:
            return self._total if client is None else self._by_client.get(client, 0)

    def anonymous_in_flight(self) -> int:
        with self._lock:
            return self._anonymous


async def _json(send: Send, status: int, detail: str, headers: list[tuple[bytes, bytes]]) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _busy(send: Send) -> None:
    await _json(send, 429, BUSY_MESSAGE, [(b"retry-after", b"1"), _CLOSE])


async def _unauthorised(send: Send, detail: str) -> None:
    await _json(send, 401, detail, [(b"www-authenticate", b"Bearer"), _CLOSE])


class DeskMiddleware:
    """Everything that must hold for every request, before FastAPI sees it.

    A verified device is handed to the app as ``scope["state"]["device"]``; every request
    gets ``scope["state"]["request_id"]``, sent back as ``X-Request-Id`` and written in the
    access log and in any error log line (which names the error class only: tracebacks
    and SQL parameters may hold personal data).
    """

    def __init__(
        self,
        app: ASGIApp,
        limiter: Limiter,
        verify: Verifier,
        max_body: int = MAX_BODY,
        body_timeout: float = BODY_TIMEOUT,
        body_idle_timeout: float = BODY_IDLE_TIMEOUT,
        verify_threads: int = 4,
    ) -> None:
        self.app = app
        self.limiter = limiter
        self.verify = verify
        self.max_body = max_body
        self.body_timeout = body_timeout
        self.body_idle_timeout = body_idle_timeout
        self.verify_threads = verify_threads
        self._verify_limiter: anyio.CapacityLimiter | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status_holder = {"status": 0}
        request_id = secrets.token_hex(8)
        state = scope.setdefault("state", {})
        state["request_id"] = request_id
        extra_headers = [
            (b"x-server-time", server_time().encode()),
            (b"x-request-id", request_id.encode()),
        ]

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                message["headers"] = [
                    *[
                        (k, v)
                        for k, v in message.get("headers", [])
                        if k.lower() not in (b"x-server-time", b"x-request-id")
                    ],
                    *extra_headers,
                ]
            await send(message)

        slot: str | None = None
        try:
            slot = await self._admit(scope, send_wrapper)
            if slot is not None:
                await self._handle(scope, receive, send_wrapper)
        except Exception as exc:
            # A bug, or the database is gone. The log gets the error class and the request
            # id only: a traceback or a database error may quote request data (SQL
            # parameters).
            log.error(
                "unhandled error %s in %s %s (request %s)",
                type(exc).__name__, scope.get("method"), scope.get("path"), request_id,
            )  # fmt: skip
            if status_holder["status"] == 0:
                await _json(send_wrapper, 500, f"internal server error (request {request_id})", [])
            # else: the answer had started; the connection is closed unfinished.
        finally:
            if slot is not None:
                self.limiter.release(slot)
            access_log.info(
                json.dumps(
                    {
                        "ts": server_time(),
                        "request": request_id,
                        "method": scope.get("method"),
                        "path": scope.get("path"),  # never the query string or headers
                        "status": status_holder["status"],
                        "ms": round((time.perf_counter() - started) * 1000, 1),
                        "device": state.get("device_id"),
                        "org": state.get("org"),
                        "bytes_in": state.get("bytes_in", 0),
                    },
                    separators=(",", ":"),
                )
            )

    async def _admit(self, scope: Scope, send: Send) -> str | None:
        """The limiter key of the slot this request took, or None when it was answered."""
        address = client_address(scope)
        if needs_token(scope.get("path", "")):
            token = bearer_token(scope["headers"])
            if token is None:
                await _unauthorised(send, "missing device token (Authorization: Bearer ...)")
                return None
            checking = "verify:" + address
            if not self.limiter.acquire(checking):
                await _busy(send)
                return None
            try:
                if self._verify_limiter is None:
                    self._verify_limiter = anyio.CapacityLimiter(self.verify_threads)
                device = await anyio.to_thread.run_sync(
                    self.verify, token, limiter=self._verify_limiter
                )
            except AuthError as exc:
                await _unauthorised(send, exc.message)
                return None
            finally:
                self.limiter.release(checking)
            state = scope["state"]
            state["device"] = device
            state["device_id"] = device.id
            state["org"] = device.org
            slot = "dev:" + device.id
        elif scope.get("path") == HEALTH_PATH:
            slot = HEALTH
        else:
            slot = "ip:" + address
        if not self.limiter.acquire(slot):
            await _busy(send)
            return None
        return slot

    async def _handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        headers = {k.lower(): v for k, v in scope["headers"]}
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.max_body
            except ValueError:
                await _json(send, 400, "invalid Content-Length header", [])
                return
            if too_big:
                await _json(send, 413, f"request body larger than {self.max_body} bytes", [_CLOSE])
                return
        try:
            body = await self._read(receive)
        except _TooLargeError:
            await _json(send, 413, f"request body larger than {self.max_body} bytes", [_CLOSE])
            return
        except _GoneError:
            return  # the client left: nobody to answer
        except _SlowBodyError:
            await _json(send, 408, "the request body did not arrive in time; send it again",
                        [_CLOSE])  # fmt: skip
            return
        encoding = headers.get(b"content-encoding", b"identity").strip().lower()
        if encoding == b"gzip":
            try:
                body = self._gunzip(body)
            except _TooLargeError:
                await _json(
                    send, 413, f"request body larger than {self.max_body} bytes once unpacked", []
                )
                return
            except (zlib.error, EOFError):
                await _json(send, 400, "the request body is not valid gzip data", [])
                return
        elif encoding not in (b"identity", b""):
            await _json(send, 415, "unsupported Content-Encoding; use gzip or none", [])
            return
        scope.setdefault("state", {})["bytes_in"] = len(body)
        scope["headers"] = [
            (k, v)
            for k, v in scope["headers"]
            if k.lower() not in (b"content-encoding", b"content-length")
        ] + [(b"content-length", str(len(body)).encode())]
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _read(self, receive: Receive) -> bytes:
        chunks: list[bytes] = []
        size = 0
        deadline = anyio.current_time() + self.body_timeout
        while True:
            wait = min(self.body_idle_timeout, deadline - anyio.current_time())
            message: Message | None = None
            with anyio.move_on_after(max(0.0, wait)):
                message = await receive()
            if message is None:
                raise _SlowBodyError()
            if message["type"] == "http.disconnect":
                raise _GoneError()
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                raise _TooLargeError()
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    def _gunzip(self, data: bytes) -> bytes:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = inflater.decompress(data, self.max_body + 1)
        if len(out) > self.max_body or inflater.unconsumed_tail:
            raise _TooLargeError()
        out += inflater.flush()
        if len(out) > self.max_body:
            raise _TooLargeError()
        if not inflater.eof:
            raise EOFError("truncated gzip stream")
        return out
