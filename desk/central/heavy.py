"""A separate concurrency limit for expensive endpoints (statistics and their CSV).

The server runs request handlers on a small thread pool (``Settings.threads``).
Statistics read many cube rows and protect every table; without a limit of
their own, a few concurrent statistics calls of one organisation could hold
every thread while other organisations' pushes and pulls wait. So at most
``per_org`` expensive calls of one organisation and ``total`` of all run at
once; the next one gets 429 with ``Retry-After`` straight away (it never
waits on a thread). Sync endpoints do not pass through here.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class Busy(Exception):
    """No slot free for this organisation (or for anyone): retry after ``retry_after`` s."""

    def __init__(self, retry_after: int) -> None:
        super().__init__("too many statistics requests in flight")
        self.retry_after = retry_after


class HeavyLimiter:
    def __init__(self, per_org: int = 1, total: int = 2, retry_after: int = 5) -> None:
        if per_org < 1 or total < per_org:
            raise ValueError("need 1 <= per_org <= total")
        self.per_org = per_org
        self.total = total
        self.retry_after = retry_after
        self._lock = threading.Lock()
        self._by_org: dict[str, int] = {}
        self._running = 0

    @contextmanager
    def slot(self, org: str) -> Iterator[None]:
        """Run one expensive call for *org*, or raise :class:`Busy` at once."""
        with self._lock:
            if self._running >= self.total or self._by_org.get(org, 0) >= self.per_org:
                raise Busy(self.retry_after)
            self._running += 1
            self._by_org[org] = self._by_org.get(org, 0) + 1
        try:
            yield
        finally:
            with self._lock:
                self._running -= 1
                left = self._by_org[org] - 1
                if left:
                    self._by_org[org] = left
                else:
                    del self._by_org[org]

    @property
    def running(self) -> int:
        with self._lock:
            return self._running
