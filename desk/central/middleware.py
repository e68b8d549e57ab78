"""ASGI middleware: body limits and gzip, overload limits, server time, access log."""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
import zlib
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from desk import clock

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

access_log = logging.getLogger("desk.central.access")

MAX_BODY = 2 * 1024 * 1024


def server_time() -> str:
    return clock.now().isoformat(timespec="milliseconds").replace("+00:00", "Z")


class _TooLargeError(Exception):
    pass


class Limiter:
    """In-flight request limits, per device token and overall (per worker process)."""

    def __init__(self, per_client: int, overall: int, per_address: int = 16) -> None:
        self.per_client = per_client
        self.per_address = per_address  # no token yet (enrollment, health): many desks share a NAT
        self.overall = overall
        self._lock = threading.Lock()
        self._by_client: dict[str, int] = {}
        self._total = 0

    def acquire(self, client: str) -> bool:
        with self._lock:
            limit = self.per_address if client.startswith("ip:") else self.per_client
            if self._total >= self.overall or self._by_client.get(client, 0) >= limit:
                return False
            self._total += 1
            self._by_client[client] = self._by_client.get(client, 0) + 1
            return True

    def release(self, client: str) -> None:
        with self._lock:
            self._total -= 1
            left = self._by_client[client] - 1
            if left:
                self._by_client[client] = left
            else:
                del self._by_client[client]


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


class DeskMiddleware:
    """Everything that must hold for every request, before FastAPI sees it."""

    def __init__(self, app: ASGIApp, limiter: Limiter, max_body: int = MAX_BODY) -> None:
        self.app = app
        self.limiter = limiter
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status_holder = {"status": 0}
        headers = {k.lower(): v for k, v in scope["headers"]}
        time_header = [(b"x-server-time", server_time().encode())]

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder["status"] = message["status"]
                message["headers"] = [
                    *[
                        (k, v)
                        for k, v in message.get("headers", [])
                        if k.lower() != b"x-server-time"
                    ],
                    *time_header,
                ]
            await send(message)

        auth = headers.get(b"authorization", b"")
        client = (
            hashlib.sha256(auth).hexdigest()[:16]
            if auth
            else "ip:" + str((scope.get("client") or ("?",))[0])
        )
        try:
            if not self.limiter.acquire(client):
                await _json(
                    send_wrapper,
                    429,
                    "too many requests at once; retry after the given seconds / "
                    "te veel gelijktijdige verzoeken, probeer zo opnieuw",
                    [(b"retry-after", b"1")],
                )
                return
            try:
                await self._handle(scope, receive, send_wrapper, headers)
            except Exception:
                # A bug: log it with its traceback, answer in the usual JSON form.
                logging.getLogger("desk.central").exception("unhandled error")
                if status_holder["status"] == 0:
                    await _json(send_wrapper, 500, "internal server error", [])
                else:
                    raise
            finally:
                self.limiter.release(client)
        finally:
            state = scope.get("state") or {}
            access_log.info(
                json.dumps(
                    {
                        "ts": server_time(),
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

    async def _handle(
        self, scope: Scope, receive: Receive, send: Send, headers: dict[bytes, bytes]
    ) -> None:
        if scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.max_body
            except ValueError:
                await _json(send, 400, "invalid Content-Length header", [])
                return
            if too_big:
                await _json(send, 413, f"request body larger than {self.max_body} bytes", [])
                return
        try:
            body = await self._read(receive)
        except _TooLargeError:
            await _json(send, 413, f"request body larger than {self.max_body} bytes", [])
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
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
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
