"""The HTTP client against a real central server on loopback, with injected faults."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from desk import clock as desk_clock
from desk.sync.client import (
    BadAnswer,
    CentralClient,
    ProxyRefused,
    RetryPolicy,
    ServerBusy,
    TimedOut,
    TokenInvalid,
    Unreachable,
    UpdateRequired,
    parse_retry_after,
)

from .conftest import Desk, Fault, LiveCentral, Sleeps, client, json_fault

pytestmark = pytest.mark.timeout(60)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_health_sends_protocol_headers_and_reads_clock(central: LiveCentral, sleeps: Sleeps):
    c = client(central.url, None, sleeps)
    try:
        data = c.health()
    finally:
        c.close()
    assert data["status"] == "ok" and data["protocol"] == 1
    assert c.clock_skew is not None and abs(c.clock_skew) < 5


def test_clock_skew_comes_from_x_server_time(central: LiveCentral, sleeps: Sleeps):
    ahead = (desk_clock.now() + timedelta(hours=1)).isoformat().replace("+00:00", "Z")
    central.faults.add(
        Fault("/v1/health", 200, b'{"status":"ok","protocol":1}',
              [(b"content-type", b"application/json"), (b"x-server-time", ahead.encode())])
    )  # fmt: skip
    c = client(central.url, None, sleeps)
    try:
        c.health()
    finally:
        c.close()
    assert c.clock_skew is not None and 3590 < c.clock_skew < 3610


def test_401_means_enroll_again(desk: Desk):
    c = client(desk.central.url, "dct_not-a-real-token", desk.sleeps)
    try:
        with pytest.raises(TokenInvalid) as err:
            c.pull(0)
    finally:
        c.close()
    assert err.value.status == 401
    assert "opnieuw aan" in err.value.message and "blijven bewaard" in err.value.message
    assert desk.sleeps.waits == []  # not retried


def test_426_asks_for_an_update(desk: Desk):
    c = CentralClient(desk.central.url, desk.token, app_version="0.0.1", sleep=desk.sleeps)
    desk.central.faults.add(json_fault("/v1/pull", 426, "please update"))
    try:
        with pytest.raises(UpdateRequired) as err:
            c.pull(0)
    finally:
        c.close()
    assert "bij te werken" in err.value.message
    assert desk.sleeps.waits == []


def test_old_protocol_version_gets_426_from_the_real_server(desk: Desk, monkeypatch):
    import desk.sync.client as mod

    monkeypatch.setattr(mod, "PROTOCOL", 0)
    c = desk.client()
    try:
        with pytest.raises(UpdateRequired):
            c.pull(0)
    finally:
        c.close()


def test_429_is_retried_after_retry_after(desk: Desk):
    desk.central.faults.add(
        json_fault("/v1/pull", 429, "busy", headers=[(b"retry-after", b"7")]),
        json_fault("/v1/pull", 503, "maintenance", headers=[(b"retry-after", b"2")]),
    )
    c = desk.client()
    try:
        data = c.pull(0)
    finally:
        c.close()
    assert data["cursor"] >= 0
    assert len(desk.sleeps.waits) == 2
    assert desk.sleeps.waits[0] >= 7 and desk.sleeps.waits[1] >= 2


def test_5xx_backoff_grows_and_gives_up(desk: Desk):
    desk.central.faults.add(*[json_fault("/v1/pull", 502, "bad gateway") for _ in range(4)])
    c = desk.client(attempts=4)
    try:
        with pytest.raises(ServerBusy) as err:
            c.pull(0)
    finally:
        c.close()
    assert err.value.retryable and "blijven bewaard" in err.value.message
    assert len(desk.sleeps.waits) == 3
    policy = RetryPolicy()
    for n, wait in enumerate(desk.sleeps.waits):
        assert 0 <= wait <= policy.base * 2**n


@pytest.mark.parametrize(
    "fault",
    [
        Fault("/v1/pull", 200, b"<html>proxy login</html>", [(b"content-type", b"text/html")]),
        Fault("/v1/pull", 200, b'{"changes": [], "cursor": "x"}'),
        Fault("/v1/pull", 200, b'{"changes": [{"seq": 1}], "cursor": 1, "more": false}'),
        Fault("/v1/pull", 200, b"[1, 2, 3]"),
        Fault("/v1/pull", 200, b'{"changes": [], "cur', content_length=200),
    ],
    ids=["html", "wrong-type", "bad-change", "not-object", "truncated"],
)
def test_malformed_answers_are_reported(desk: Desk, fault: Fault):
    desk.central.faults.add(fault)
    c = desk.client(attempts=1)
    try:
        with pytest.raises((BadAnswer, Unreachable)) as err:
            c.pull(0)
    finally:
        c.close()
    assert err.value.retryable
    assert "niets" in err.value.message or "bewaard" in err.value.message


def test_malformed_answer_then_good_one_is_retried(desk: Desk):
    desk.central.faults.add(Fault("/v1/pull", 200, b"not json"))
    c = desk.client()
    try:
        assert c.pull(0)["more"] is False
    finally:
        c.close()
    assert len(desk.sleeps.waits) == 1


def test_unreachable_server(sleeps: Sleeps):
    c = client(f"http://127.0.0.1:{_closed_port()}", "t", sleeps, attempts=2)
    try:
        with pytest.raises(Unreachable) as err:
            c.pull(0)
    finally:
        c.close()
    assert "niet bereikbaar" in err.value.message
    assert len(sleeps.waits) == 1


@pytest.fixture
def silent_server() -> Iterator[str]:
    """Accepts connections (the kernel does) and never answers."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        sock.close()


def test_timeout(silent_server: str, sleeps: Sleeps):
    c = CentralClient(silent_server, "t", timeout=(1.0, 0.3), sleep=sleeps,
                      retry=RetryPolicy(attempts=2))  # fmt: skip
    try:
        with pytest.raises(TimedOut) as err:
            c.health()
    finally:
        c.close()
    assert "niet op tijd" in err.value.message


def test_proxy_refused(central: LiveCentral, sleeps: Sleeps):
    c = CentralClient(central.url, "t", proxy=f"http://127.0.0.1:{_closed_port()}",
                      sleep=sleeps, retry=RetryPolicy(attempts=1))  # fmt: skip
    c.session.trust_env = False  # no NO_PROXY for 127.0.0.1 from the environment
    try:
        with pytest.raises(ProxyRefused) as err:
            c.health()
    finally:
        c.close()
    assert "proxy" in err.value.message


def test_cancel_stops_waiting(desk: Desk):
    cancel = threading.Event()
    desk.central.faults.add(json_fault("/v1/pull", 503, "x", headers=[(b"retry-after", b"30")]))

    def sleep(seconds: float) -> bool:
        cancel.set()
        return True

    c = CentralClient(desk.central.url, desk.token, cancel=cancel, sleep=sleep)
    from desk.sync.client import Cancelled

    try:
        with pytest.raises(Cancelled):
            c.pull(0)
    finally:
        c.close()


def test_parse_retry_after():
    now = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
    assert parse_retry_after("5") == 5.0
    assert parse_retry_after("Sat, 28 Nov 2026 12:00:30 GMT", now) == 30.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def test_no_server_configured_is_a_clear_error():
    from desk.sync.client import SyncError

    with pytest.raises(SyncError, match="geen centrale server"):
        CentralClient("")
    with pytest.raises(SyncError, match="ongeldig"):
        CentralClient("ftp://x")


def test_environment_proxy_is_honoured(central: LiveCentral, sleeps: Sleeps, monkeypatch):
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{_closed_port()}")
    monkeypatch.setenv("http_proxy", f"http://127.0.0.1:{_closed_port()}")
    c = CentralClient(central.url, "t", sleep=sleeps, retry=RetryPolicy(attempts=1))
    try:
        with pytest.raises(ProxyRefused):
            c.health()
    finally:
        c.close()


# -- https only (issue #16, finding 4) ---------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    ["http://192.0.2.2:8470", "http://desk.example.invalid", "HTTP://192.0.2.2",
     "http://10.0.0.5/", "http://[2001:db8::1]:8470", "http://0.0.0.0:8470",
     "http://localhost.example.invalid"],
)  # fmt: skip
def test_plain_http_to_another_machine_is_refused_before_anything_is_sent(url: str) -> None:
    from desk.sync.client import InsecureServer

    with pytest.raises(InsecureServer) as caught:
        CentralClient(url, "dct_token", session=_NoNetwork())
    message = caught.value.message
    assert "http://" in message and "https://" in message and "niets verzonden" in message
    assert message.template.startswith("Desk maakt geen verbinding")  # a msg(): translated


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8470", "http://127.1.2.3", "http://localhost:8470",
            "http://[::1]:8470", "https://192.0.2.2:8470", "https://desk.example.invalid"],
)  # fmt: skip
def test_loopback_may_use_http_and_everything_may_use_https(url: str) -> None:
    CentralClient(url, "dct_token", session=_NoNetwork()).close()


class _NoNetwork:
    """A session that fails the test if anything is sent."""

    headers: dict[str, str] = {}

    def request(self, *args: object, **kwargs: object) -> None:
        raise AssertionError("nothing may be sent")

    def close(self) -> None:
        pass


def test_desk_enroll_refuses_plain_http_to_another_machine(
    memory_keyring, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    from desk.cli import main

    code = main(["enroll", "--server", "http://192.0.2.2:8470", "--code", "ABCD-EFGH-JKLM-NPQR"])
    err = capsys.readouterr().err
    assert code == 3, err
    assert "via http://" in err and "https://" in err and "192.0.2.2:8470" in err
    assert memory_keyring.store == {}


def test_sync_and_statistics_refuse_a_stored_plain_http_server(
    store, memory_keyring, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    """A desk enrolled over http before this rule keeps its data and gets told why."""
    from desk import secrets
    from desk.cli import main
    from desk.config import load_config
    from desk.domain.periods import Period
    from desk.domain.stats import Filters
    from desk.store import meta
    from desk.sync import connect, enrollment, stats_client
    from desk.sync.client import InsecureServer

    with store.tx() as conn:
        store.set_meta(meta.CENTRAL_SERVER, "http://192.0.2.2:8470", conn)
        store.set_meta(meta.CENTRAL_DEVICE_ID, "d1", conn)
        store.set_meta(meta.CENTRAL_ORG, "harelbeke", conn)
    secrets.set_secret(enrollment.TOKEN_NAME, "dct_token")
    with pytest.raises(InsecureServer):
        connect.client_for(store, load_config())  # what sync uses
    with pytest.raises(InsecureServer):
        stats_client.fetch_report(store, load_config(), Filters(Period.parse("2026-10")))
    store.close()
    assert main(["sync"]) == 3
    assert "via http://" in capsys.readouterr().err
