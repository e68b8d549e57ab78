"""A fault-injecting TCP proxy for the flaky-network tests.

It sits between the desk and the central server on loopback. For each request
(the first bytes a client sends after an answer) it draws one behaviour:

* ``pass``: forward both ways;
* ``reset``: reset the connection before anything is forwarded;
* ``lost``: forward the request, let the server answer (it commits), then reset
  the connection instead of passing the answer on;
* ``truncate``: pass on only the first half of the first answer chunk, then close;
* ``slow``: forward with added latency on every chunk.

Threads only; :meth:`FaultProxy.stop` joins them all.
"""

from __future__ import annotations

import random
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Sequence

BEHAVIOURS = ("pass", "reset", "lost", "truncate", "slow")


def _reset(sock: socket.socket) -> None:
    """Abort with RST. SHUT_RD first wakes a thread blocked in recv() on this socket;
    without it close() would not take effect until that recv returned."""
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.shutdown(socket.SHUT_RD)
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass


class _Link:
    """One proxied connection and the behaviour of its current request."""

    def __init__(self, client: socket.socket, server: socket.socket) -> None:
        self.client = client
        self.server = server
        self.awaiting_request = True
        self.answer_started = False
        self.behaviour = "pass"

    def close(self, reset: bool) -> None:
        for sock in (self.client, self.server):
            if reset:
                _reset(sock)
            else:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                try:
                    sock.close()
                except OSError:
                    pass


class FaultProxy:
    """Listen on 127.0.0.1:<port> and forward to *upstream* with injected faults."""

    def __init__(
        self,
        upstream: tuple[str, int],
        weights: Sequence[float] = (0.7, 0.075, 0.075, 0.075, 0.075),
        seed: int = 0,
        latency: float = 0.02,
    ) -> None:
        self.upstream = upstream
        self.weights = list(weights)
        self.rng = random.Random(seed)
        self.latency = latency
        self.counts: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._sockets: set[socket.socket] = set()
        self._stopping = threading.Event()
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = int(self.listener.getsockname()[1])
        self._spawn(self._accept_loop, "faultproxy-accept")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _spawn(self, target: object, name: str, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, name=name, daemon=True)  # type: ignore[arg-type]
        with self._lock:
            self._threads.append(thread)
        thread.start()

    def _track(self, *socks: socket.socket) -> None:
        with self._lock:
            self._sockets.update(socks)

    def _draw(self) -> str:
        with self._lock:
            behaviour = self.rng.choices(BEHAVIOURS, self.weights)[0]
            self.counts[behaviour] += 1
            return behaviour

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(self.upstream, timeout=10)
            except OSError:
                _reset(client)
                continue
            server.settimeout(None)
            self._track(client, server)
            link = _Link(client, server)
            self._spawn(self._pump_up, "faultproxy-up", link)
            self._spawn(self._pump_down, "faultproxy-down", link)

    def _pump_up(self, link: _Link) -> None:
        """Client -> server. A new request (after an answer) draws its behaviour."""
        try:
            while True:
                data = link.client.recv(65536)
                if not data:
                    break
                if link.awaiting_request:
                    link.awaiting_request = False
                    link.behaviour = self._draw()
                    link.answer_started = False
                    if link.behaviour == "reset":
                        link.close(reset=True)
                        return
                if link.behaviour == "slow":
                    time.sleep(self.latency)
                link.server.sendall(data)
        except OSError:
            pass
        finally:
            try:
                link.server.shutdown(socket.SHUT_WR)
            except OSError:
                pass

    def _pump_down(self, link: _Link) -> None:
        """Server -> client, applying the current exchange's behaviour to its answer."""
        try:
            while True:
                data = link.server.recv(65536)
                if not data:
                    break
                first = not link.answer_started
                link.answer_started = True
                if first and link.behaviour == "lost":
                    link.close(reset=True)  # the server has answered (and committed): drop it
                    return
                if first and link.behaviour == "truncate":
                    link.client.sendall(data[: max(1, len(data) // 2)])
                    link.close(reset=True)
                    return
                if link.behaviour == "slow":
                    time.sleep(self.latency)
                link.client.sendall(data)
                link.awaiting_request = True
        except OSError:
            pass
        finally:
            link.close(reset=False)

    def stop(self) -> None:
        self._stopping.set()
        try:
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept() on Linux
        except OSError:
            pass
        try:
            self.listener.close()
        except OSError:
            pass
        with self._lock:
            socks = list(self._sockets)
            threads = list(self._threads)
        for sock in socks:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            try:
                sock.close()
            except OSError:
                pass
        for thread in threads:
            thread.join(timeout=10)
