"""In-flight limits that an attacker cannot fill (issue #16, finding 3).

Real sockets against a real uvicorn server in a thread. Attackers connect from other
loopback addresses (127.0.0.2 and up: Linux routes all of 127/8 to the loopback
interface), the valid device from 127.0.0.1, as they would from different machines.
"""

from __future__ import annotations

import http.client
import json
import socket
import threading
from collections.abc import Callable

import pytest

from desk.central.app import Settings
from desk.central.middleware import Limiter

from .conftest import Central, LiveServer, change, live_server, proto_headers, push_body

WAIT = 30.0  # the longest any single answer may take on a busy machine


def _slow_request(
    live: LiveServer, path: str, headers: dict[str, str], source: str, declared: int = 50_000
) -> socket.socket:
    """A POST whose headers arrive, followed by one byte of a much longer body."""
    sock = socket.create_connection((live.host, live.port), timeout=WAIT,
                                    source_address=(source, 0))  # fmt: skip
    live.sockets.append(sock)
    head = f"POST {path} HTTP/1.1\r\nHost: desk\r\nContent-Type: application/json\r\n"
    head += "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    head += f"Content-Length: {declared}\r\n\r\n"
    sock.sendall(head.encode("latin-1") + b"{")
    return sock


def _status(sock: socket.socket, timeout: float = WAIT) -> int | None:
    """The status code the server answered on *sock*, or None if it said nothing in time."""
    sock.settimeout(timeout)
    data = b""
    try:
        while b"\r\n" not in data:
            chunk = sock.recv(4096)
            if not chunk:
                break
            data += chunk
    except TimeoutError:
        return None
    return int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/") else None


def _closed(sock: socket.socket) -> bool:
    """Whether the server closed *sock* (after the rest of its answer)."""
    sock.settimeout(WAIT)
    try:
        while sock.recv(65536):
            pass
    except TimeoutError:
        return False
    return True


def _get(live: LiveServer, path: str, headers: dict[str, str]) -> tuple[int, dict]:  # type: ignore[type-arg]
    conn = http.client.HTTPConnection(live.host, live.port, timeout=WAIT,
                                      source_address=("127.0.0.1", 0))  # fmt: skip
    try:
        conn.request("GET", path, headers=headers)
        answer = conn.getresponse()
        return answer.status, json.loads(answer.read() or b"{}")
    finally:
        conn.close()


def _post(live: LiveServer, path: str, body: object, headers: dict[str, str],
          source: str = "127.0.0.1") -> int:  # fmt: skip
    conn = http.client.HTTPConnection(live.host, live.port, timeout=WAIT,
                                      source_address=(source, 0))  # fmt: skip
    try:
        conn.request("POST", path, body=json.dumps(body),
                     headers={**headers, "Content-Type": "application/json"})  # fmt: skip
        answer = conn.getresponse()
        answer.read()
        return answer.status
    finally:
        conn.close()


def _limiter(live: LiveServer) -> Limiter:
    limiter = live.app.state.limiter
    assert isinstance(limiter, Limiter)
    return limiter


def _until(condition: Callable[[], bool]) -> bool:
    done = threading.Event()
    for _ in range(int(WAIT / 0.05)):
        if condition():
            return True
        done.wait(0.05)
    return condition()


def _junk_authorization(i: int, token: str) -> str:
    forms = [
        f"Bearer junk-{i}",
        f"bearer junk-{i}",
        f"BEARER {token}{i}",  # a valid token with something appended
        f"Bearer {token[:-3]}{i:03d}",
        f"Basic {i}",
        f"Bearer junk {i}",
        f"junk-{i}",
        f"Bearer\t{i}",
    ]
    return forms[i % len(forms)]


@pytest.mark.parametrize("machines", [1, 40], ids=["one-address", "forty-addresses"])
def test_a_flood_of_slow_junk_authorised_requests_leaves_devices_and_health_working(
    central: Central, machines: int
) -> None:
    """As found: half-sent requests, each with another junk Authorization, held open.

    All 600 stay open on the attacker's side while the valid device pulls and pushes.
    Junk tokens are answered 401 (or 429) at once and hold nothing; the slow enrolments
    hold anonymous slots only, a bounded number of them, until their body deadline.
    """
    dev = central.enroll("harelbeke")
    with live_server(central, Settings()) as live:
        pushes: list[socket.socket] = []
        for i in range(600):
            source = f"127.0.0.{2 + i % machines}"
            path = "/v1/push" if i % 2 == 0 else "/v1/enroll"
            headers = {"Authorization": _junk_authorization(i, dev.token), **proto_headers()}
            sock = _slow_request(live, path, headers, source)
            if path == "/v1/push":
                pushes.append(sock)
        # While all 600 are open: the valid device syncs, health answers.
        status, body = _get(live, "/v1/pull?cursor=0", dev.headers)
        assert status == 200, body
        assert _post(live, "/v1/push", push_body(change("case")), dev.headers) == 200
        assert _get(live, "/v1/health", {})[0] == 200
        # Junk tokens were refused at once: none of them holds a slot.
        statuses = [_status(sock) for sock in pushes]
        assert set(statuses) <= {401, 429}, sorted(set(map(str, statuses)))
        limiter = _limiter(live)
        # Slow enrolments without a valid token hold anonymous slots only, never more
        # than their own pool and 16 per address.
        assert limiter.anonymous_in_flight() <= limiter.anonymous
        assert limiter.in_flight("ip:127.0.0.2") <= limiter.per_address
        assert not any(key.startswith("dev:") or "junk" in key for key in limiter._by_client)


def test_an_authorization_header_does_not_get_enrolment_its_own_slot(central: Central) -> None:
    with live_server(central, Settings(per_address_concurrency=4)) as live:
        limiter = _limiter(live)
        for i in range(4):
            headers = {"Authorization": f"Bearer junk-{i}", **proto_headers()}
            _slow_request(live, "/v1/enroll", headers, "127.0.0.3")
        assert _until(lambda: limiter.in_flight("ip:127.0.0.3") == 4)
        more = _slow_request(live, "/v1/enroll",
                             {"Authorization": "Bearer another", **proto_headers()},
                             "127.0.0.3")  # fmt: skip
        assert _status(more) == 429
        # Another address is not affected.
        enroll = {"code": "AAAA-BBBB-CCCC-DDDD", "device_name": "x", "app_version": "0.1.0",
                  "os": "x"}  # fmt: skip
        assert _post(live, "/v1/enroll", enroll, proto_headers(), source="127.0.0.4") == 403


def test_re_casing_a_valid_header_does_not_get_a_device_more_slots(central: Central) -> None:
    dev = central.enroll("harelbeke")
    with live_server(central, Settings()) as live:
        limiter = _limiter(live)
        for _ in range(limiter.per_client):
            _slow_request(live, "/v1/push", dev.headers, "127.0.0.5")
        assert _until(lambda: limiter.in_flight(f"dev:{dev.id}") == limiter.per_client)
        for scheme in ("bearer", "BEARER", "Bearer "):
            other = _slow_request(
                live, "/v1/push",
                {**dev.headers, "Authorization": f"{scheme} {dev.token}"}, "127.0.0.6",
            )  # fmt: skip
            assert _status(other) == 429, scheme


def test_a_slow_body_is_cut_off_and_its_slot_freed(central: Central) -> None:
    settings = Settings(per_address_concurrency=2, body_timeout=3.0, body_idle_timeout=1.0)
    dev = central.enroll("harelbeke")
    with live_server(central, settings) as live:
        limiter = _limiter(live)
        slow = [_slow_request(live, "/v1/enroll", proto_headers(), "127.0.0.7") for _ in range(2)]
        assert _until(lambda: limiter.in_flight("ip:127.0.0.7") == 2)
        third = _slow_request(live, "/v1/enroll", proto_headers(), "127.0.0.7")
        assert _status(third) == 429
        assert [_status(sock) for sock in slow] == [408, 408]
        for sock in slow:  # and the connection is closed
            assert _closed(sock)
        assert _until(lambda: limiter.in_flight("ip:127.0.0.7") == 0)
        enroll = {"code": "AAAA-BBBB-CCCC-DDDD", "device_name": "x", "app_version": "0.1.0",
                  "os": "x"}  # fmt: skip
        assert _post(live, "/v1/enroll", enroll, proto_headers(), source="127.0.0.7") == 403
        # A device's slow push is cut off the same way.
        push = _slow_request(live, "/v1/push", dev.headers, "127.0.0.8")
        assert _status(push) == 408
        assert _until(lambda: limiter.in_flight(f"dev:{dev.id}") == 0)
