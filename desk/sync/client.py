"""HTTP client for the central API (``desk.central``), on :mod:`requests`.

Every call has a timeout, a server on another machine is only reached over https
(``http://`` only to this computer itself, for tests and trials), TLS is always
verified (the configured CA bundle, else the OS trust store through
:mod:`truststore`, else certifi), and every failure becomes a :class:`SyncError`
with a Dutch message that says what happened and that no data is lost.
Transient failures (network, timeouts, 429 and 5xx) are retried with
exponential backoff and full jitter, honouring ``Retry-After``; a push is safe
to resend because every change carries its idempotency key.

No Qt here: the sync engine runs this on a worker thread.
"""

from __future__ import annotations

import gzip
import ipaddress
import json
import logging
import platform
import random
import ssl
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Final
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter

from desk import __version__, clock
from desk.errors import DeskError
from desk.messages import msg

log = logging.getLogger(__name__)

#: The push/pull protocol version this client speaks (``X-Desk-Protocol``).
PROTOCOL: Final = 1
#: (connect, read) seconds.
DEFAULT_TIMEOUT: Final = (5.0, 30.0)
#: Request bodies larger than this are sent gzip-compressed.
GZIP_THRESHOLD: Final = 16 * 1024
#: The longest wait between attempts, whatever Retry-After says.
MAX_DELAY: Final = 60.0


class SyncError(DeskError):
    """Talking to the central server failed. ``message`` is for the user (a ``msg()``).

    ``retryable`` says whether trying again later can help without anyone
    doing something (network, overload); the data always stays queued.
    """

    exit_code = 3
    retryable = False

    def __init__(self, message: str, *, detail: str = "", status: int | None = None) -> None:
        super().__init__(message, detail=detail)
        self.status = status


class Unreachable(SyncError):
    """No connection (DNS, refused, network down, reset)."""

    retryable = True


class TimedOut(SyncError):
    """The server did not answer in time."""

    retryable = True


class InsecureServer(SyncError):
    """``http://`` to a server on another machine: refused before anything is sent."""

    def __init__(self, host: str) -> None:
        super().__init__(
            msg(
                "Desk maakt geen verbinding met {0} via http://: dan zouden het logboek, "
                "doorverwijzingen met contactgegevens van burgers en de toestelsleutel "
                "onbeveiligd over het netwerk gaan. Gebruik het https://-adres van de "
                "centrale server; vraag het aan IT als u het niet kent. Er is niets "
                "verzonden en uw gegevens blijven bewaard op deze computer.",
                host,
            ),
            detail=f"insecure: http:// to {host}",
        )


def is_loopback(host: str) -> bool:
    """Whether *host* is this computer (``localhost``, 127.0.0.0/8, ``::1``)."""
    name = host.strip("[]").lower().rstrip(".")
    if name == "localhost":
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback


class TLSMismatch(SyncError):
    """The server's certificate could not be verified: nothing was sent."""


class ProxyRefused(SyncError):
    """The proxy refused the connection or the tunnel."""

    retryable = True


class TokenInvalid(SyncError):
    """401: the device token is unknown, revoked or expired: enroll again."""


class UpdateRequired(SyncError):
    """426: this version of Desk is too old for the server."""


class ServerBusy(SyncError):
    """429 or 5xx: the server asks to come back later."""

    retryable = True

    def __init__(
        self, message: str, *, detail: str = "", status: int | None = None,
        retry_after: float | None = None,
    ) -> None:  # fmt: skip
        super().__init__(message, detail=detail, status=status)
        self.retry_after = retry_after


class BadAnswer(SyncError):
    """The answer was malformed, truncated or not JSON; nothing is lost."""

    retryable = True


class Refused(SyncError):
    """Another 4xx: the server refused the request itself (its reason is in ``detail``)."""


class Cancelled(SyncError):
    """The user cancelled the sync."""

    def __init__(self) -> None:
        super().__init__(
            msg(
                "Synchronisatie geannuleerd. Uw gegevens blijven bewaard op deze computer en "
                "worden later verzonden."
            )
        )


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with full jitter: ``uniform(0, min(cap, base * 2**n))``."""

    attempts: int = 4
    base: float = 0.5
    cap: float = 30.0

    def delay(self, attempt: int, retry_after: float | None, rng: random.Random) -> float:
        backoff = rng.uniform(0, min(self.cap, self.base * (2**attempt)))
        if retry_after is not None:
            # Never earlier than the server asked; jitter spreads the herd.
            return min(MAX_DELAY, retry_after + backoff / 4)
        return backoff


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds from a ``Retry-After`` header (seconds or an HTTP date); None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or clock.now())).total_seconds())


def _parse_server_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


class _TrustStoreAdapter(HTTPAdapter):
    """Verifies against the operating system's trust store (``truststore``)."""

    def __init__(self, context: ssl.SSLContext) -> None:
        self._context = context
        super().__init__()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["ssl_context"] = self._context
        super().init_poolmanager(*args, **kwargs)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        proxy_kwargs["ssl_context"] = self._context
        return super().proxy_manager_for(proxy, **proxy_kwargs)

    def build_connection_pool_key_attributes(
        self, request: requests.PreparedRequest, verify: Any, cert: Any = None
    ) -> tuple[Any, Any]:
        host, pool = super().build_connection_pool_key_attributes(request, verify, cert)
        if verify is True:
            pool["ssl_context"] = self._context
            pool.pop("ca_certs", None)
        return host, pool

    def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
        super().cert_verify(conn, url, verify, cert)  # type: ignore[no-untyped-call]
        if verify is True and url.lower().startswith("https"):
            # The OS store decides; do not add certifi's bundle on top of it.
            conn.ca_certs = None
            conn.ca_cert_dir = None


def trust_source(ca_bundle: str) -> str:
    """Which trust store verifies the server: for the status view and the log."""
    if ca_bundle:
        return f"CA-bundel {ca_bundle}"
    try:
        import truststore  # noqa: F401
    except ImportError:
        return "certifi (meegeleverde certificaten)"
    return "certificaten van het besturingssysteem"


def make_session(ca_bundle: str = "", proxy: str = "") -> requests.Session:
    """A session that always verifies TLS and uses the configured or the system proxy."""
    session = requests.Session()
    session.trust_env = True  # HTTPS_PROXY / NO_PROXY / REQUESTS_CA_BUNDLE ... are honoured
    if ca_bundle:
        session.verify = ca_bundle
    else:
        session.verify = True
        try:
            import truststore
        except ImportError:
            log.info("truststore not available: verifying TLS with certifi")
        else:
            adapter = _TrustStoreAdapter(truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT))
            session.mount("https://", adapter)
    if proxy:
        session.proxies = {"http": proxy, "https": proxy}
    session.headers["User-Agent"] = f"Desk/{__version__} ({platform.system()})"
    return session


def _host(url: str) -> str:
    return urlsplit(url).netloc or url


def _detail_of(response: requests.Response) -> str:
    try:
        data = response.json()
    except ValueError:
        return response.text[:200].strip()
    if isinstance(data, dict) and isinstance(data.get("detail"), str):
        return str(data["detail"])[:500]
    return ""


class CentralClient:
    """One device's connection to the central API.

    Args:
        server_url: base URL, e.g. ``https://desk.w13.be`` (the ``/v1`` paths are added).
        token: the device token (from the keyring); not needed for enrollment.
        ca_bundle: a PEM file to verify the server with instead of the OS store.
        proxy: ``http://proxy:3128``; empty means the system/environment proxy.
        timeout: (connect, read) seconds for every request.
        retry: backoff policy for transient failures.
        cancel: set it to stop waiting between attempts (the user pressed cancel).
        sleep: how to wait ``seconds`` (tests record instead of sleeping); returns
            True if the wait was interrupted by *cancel*.
    """

    def __init__(
        self,
        server_url: str,
        token: str | None = None,
        *,
        ca_bundle: str = "",
        proxy: str = "",
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        cancel: threading.Event | None = None,
        sleep: Callable[[float], bool] | None = None,
        app_version: str = __version__,
        session: requests.Session | None = None,
        rng: random.Random | None = None,
    ) -> None:
        if not server_url:
            raise SyncError(
                msg(
                    "Er is geen centrale server ingesteld. Vul het adres in (server_url in de "
                    "configuratie of --server) en meld dit toestel aan."
                )
            )
        parts = urlsplit(server_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise SyncError(
                msg(
                    "Het adres van de centrale server is ongeldig: {0}. "
                    "Gebruik de vorm https://server.voorbeeld.be",
                    repr(server_url),
                )
            )
        if parts.scheme == "http" and not is_loopback(parts.hostname or ""):
            raise InsecureServer(parts.netloc)
        self.base = server_url.rstrip("/")
        self.token = token
        self.proxy = proxy
        self.timeout = timeout
        self.retry = retry or RetryPolicy()
        self.cancel = cancel or threading.Event()
        self._sleep = sleep or self.cancel.wait
        self.app_version = app_version
        self.session = session or make_session(ca_bundle, proxy)
        self._rng = rng or random.Random()
        #: Seconds the server clock is ahead of ours (from ``X-Server-Time``), if known.
        self.clock_skew: float | None = None
        #: Whether the server accepted a gzip body (None: not tried yet).
        self.gzip_ok: bool | None = None

    # -- public API --------------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        """``GET /v1/health``: status, protocol, version, server_time."""

        def check(data: dict[str, Any]) -> None:
            _require(data, {"status": str, "protocol": int})

        return self._call("GET", "/v1/health", auth=False, check=check)

    def enroll(self, code: str, device_name: str, os_name: str) -> dict[str, Any]:
        """Exchange a one-time code for a device token.

        Not retried after the request may have reached the server: the code
        is single-use, so a second try could only fail.
        """
        body = {
            "code": code.strip(),
            "device_name": device_name[:200] or "desk",
            "app_version": self.app_version,
            "os": os_name[:200] or "onbekend",
        }

        def check(data: dict[str, Any]) -> None:
            _require(data, {"device_id": str, "token": str, "org": str})

        return self._call("POST", "/v1/enroll", body=body, auth=False, resend=False, check=check)

    def push(self, changes: list[dict[str, Any]]) -> dict[str, Any]:
        """``POST /v1/push``; returns the answer with one result per change, checked.

        A malformed answer is retried like a lost one: the idempotency keys make
        the resend harmless.
        """
        body = {"client_time": _now_iso(), "changes": changes}
        sent = {str(c["idempotency_key"]) for c in changes}

        def check(data: dict[str, Any]) -> None:
            _require(data, {"results": list})
            results = data["results"]
            if len(results) != len(changes):
                raise _bad(f"push: {len(results)} results for {len(changes)} changes")
            for result in results:
                if not isinstance(result, dict):
                    raise _bad("push: a result is not an object")
                _require(result, {"id": str, "idempotency_key": str, "status": str})
                status = result["status"]
                if status not in ("accepted", "duplicate", "conflict", "rejected"):
                    raise _bad(f"push: unknown result status {status!r}")
                if status in ("accepted", "duplicate") and not isinstance(
                    result.get("revision"), int
                ):
                    raise _bad("push: acknowledged without a revision")
            if {r["idempotency_key"] for r in results} != sent:
                raise _bad("push: the results do not answer exactly the changes sent")

        return self._call("POST", "/v1/push", body=body, check=check)

    def pull(self, cursor: int, limit: int = 500) -> dict[str, Any]:
        """``GET /v1/pull``: changes after *cursor* (checked)."""

        def check(data: dict[str, Any]) -> None:
            _require(data, {"changes": list, "cursor": int, "more": bool})
            for change in data["changes"]:
                if not isinstance(change, dict):
                    raise _bad("pull: a change is not an object")
                _require(change, {"seq": int, "kind": str, "id": str, "revision": int,
                                  "deleted": bool})  # fmt: skip
                if not change["deleted"] and not isinstance(change.get("body"), dict):
                    raise _bad("pull: a change without a body")
            if data["cursor"] < cursor:
                raise _bad("pull: the cursor went backwards")

        return self._call("GET", "/v1/pull", params={"cursor": cursor, "limit": limit}, check=check)

    def stats(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """``GET /v1/stats``: aggregate tables only (disclosure control applied by the server)."""

        def check(data: dict[str, Any]) -> None:
            _require(data, {"tables": list})

        return self._call("GET", "/v1/stats", params=params, check=check)

    def close(self) -> None:
        self.session.close()

    # -- machinery ---------------------------------------------------------------------------

    def _headers(self, auth: bool) -> dict[str, str]:
        headers = {
            "X-Desk-Protocol": str(PROTOCOL),
            "X-Desk-Version": self.app_version,
            "Accept": "application/json",
        }
        if auth:
            if not self.token:
                raise TokenInvalid(
                    msg(
                        "Dit toestel is nog niet aangemeld bij de centrale server. Meld het aan "
                        "met een aanmeldcode van IT. Uw gegevens blijven bewaard op deze "
                        "computer en worden later verzonden."
                    )
                )
            headers["Authorization"] = f"Bearer {self.token}"
        return headers

    def _call(
        self,
        method: str,
        path: str,
        *,
        body: Mapping[str, Any] | None = None,
        params: Mapping[str, Any] | None = None,
        auth: bool = True,
        resend: bool = True,
        check: Callable[[dict[str, Any]], None] | None = None,
    ) -> dict[str, Any]:
        """One request with retries; the decoded JSON object, or a :class:`SyncError`."""
        attempt = 0
        while True:
            if self.cancel.is_set():
                raise Cancelled()
            try:
                data = self._once(method, path, body, params, auth)
                if check is not None:
                    check(data)  # a malformed answer is retried like a lost one
                return data
            except SyncError as exc:
                attempt += 1
                sent = not isinstance(exc, (Unreachable, ProxyRefused)) or exc.status == -1
                may_resend = resend or (isinstance(exc, ServerBusy) and exc.status == 429)
                if not exc.retryable or attempt >= self.retry.attempts or (sent and not may_resend):
                    raise
                retry_after = exc.retry_after if isinstance(exc, ServerBusy) else None
                wait = self.retry.delay(attempt - 1, retry_after, self._rng)
                log.info("%s %s failed (%s); retry %d in %.2f s", method, path,
                         type(exc).__name__, attempt, wait)  # fmt: skip
                if self._sleep(wait):
                    raise Cancelled() from exc

    def _once(
        self,
        method: str,
        path: str,
        body: Mapping[str, Any] | None,
        params: Mapping[str, Any] | None,
        auth: bool,
    ) -> dict[str, Any]:
        url = self.base + path
        headers = self._headers(auth)
        data: bytes | None = None
        if body is not None:
            data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            headers["Content-Type"] = "application/json"
            if len(data) > GZIP_THRESHOLD and self.gzip_ok is not False:
                data = gzip.compress(data, compresslevel=5)
                headers["Content-Encoding"] = "gzip"
        try:
            response = self.session.request(
                method, url, data=data, params=params, headers=headers, timeout=self.timeout
            )
            raw = response.content  # read it all here: truncation shows up now
        except requests.exceptions.ProxyError as exc:
            raise ProxyRefused(
                msg(
                    "De proxyserver weigert de verbinding met de centrale server. Vraag IT om "
                    "de proxy-instelling na te kijken. Uw gegevens blijven bewaard op deze "
                    "computer en worden later verzonden."
                ),
                detail=f"proxy: {type(exc).__name__}",
            ) from None
        except requests.exceptions.SSLError as exc:
            raise TLSMismatch(
                msg(
                    "De beveiligde verbinding met {0} kon niet gecontroleerd worden: het "
                    "certificaat van de server klopt niet of is niet vertrouwd. Er is niets "
                    "verzonden. Vraag IT om het serveradres en het certificaat (ca_bundle) na "
                    "te kijken. Uw gegevens blijven bewaard op deze computer en worden later "
                    "verzonden.",
                    _host(url),
                ),
                detail=f"tls: {_short(exc)}",
            ) from None
        except requests.exceptions.Timeout as exc:
            raise TimedOut(
                msg(
                    "De centrale server ({0}) antwoordt niet op tijd. Uw gegevens blijven "
                    "bewaard op deze computer en worden later verzonden.",
                    _host(url),
                ),
                detail=f"timeout: {type(exc).__name__}",
            ) from None
        except (
            requests.exceptions.ChunkedEncodingError,
            requests.exceptions.ContentDecodingError,
        ) as exc:
            raise _bad(f"truncated or undecodable body: {type(exc).__name__}") from None
        except requests.exceptions.ConnectionError as exc:
            lost = _after_sending(exc)
            raise Unreachable(
                msg(
                    "De centrale server ({0}) is niet bereikbaar. Controleer de "
                    "netwerkverbinding. Uw gegevens blijven bewaard op deze computer en worden "
                    "later verzonden.",
                    _host(url),
                ),
                detail=f"connection: {_short(exc)}",
                status=-1 if lost else None,
            ) from None
        except requests.exceptions.RequestException as exc:
            raise Unreachable(
                msg(
                    "De verbinding met de centrale server ({0}) mislukte. Uw gegevens blijven "
                    "bewaard op deze computer en worden later verzonden.",
                    _host(url),
                ),
                detail=f"{type(exc).__name__}: {_short(exc)}",
                status=-1,
            ) from None
        self._read_clock(response)
        status = response.status_code
        if status == 415 and headers.get("Content-Encoding") == "gzip":
            self.gzip_ok = False  # the next attempt sends it plain
            raise ServerBusy(msg("De server aanvaardt geen gecomprimeerde gegevens."),
                             status=415, retry_after=0.0)  # fmt: skip
        if 200 <= status < 300:
            if headers.get("Content-Encoding") == "gzip":
                self.gzip_ok = True
            return self._decode(raw, response)
        detail = _detail_of(response)
        if status == 401:
            raise TokenInvalid(
                msg(
                    "De centrale server herkent dit toestel niet meer (aanmelding ongeldig, "
                    "ingetrokken of verlopen). Meld het toestel opnieuw aan met een nieuwe "
                    "aanmeldcode van IT. Alle gegevens op deze computer blijven bewaard."
                ),
                detail=f"401: {detail}",
                status=401,
            )
        if status == 426:
            raise UpdateRequired(
                msg(
                    "Deze versie van Desk is te oud voor de centrale server. Vraag IT om Desk "
                    "bij te werken. Uw gegevens blijven bewaard op deze computer en worden "
                    "later verzonden."
                ),
                detail=f"426: {detail}",
                status=426,
            )
        if status == 429 or status >= 500:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            raise ServerBusy(
                msg(
                    "De centrale server is tijdelijk overbelast of in onderhoud (HTTP {0}). "
                    "Desk probeert het later opnieuw. Uw gegevens blijven bewaard op deze "
                    "computer en worden later verzonden.",
                    status,
                ),
                detail=f"{status}: {detail}",
                status=status,
                retry_after=retry_after,
            )
        raise Refused(
            msg(
                "De centrale server weigerde het verzoek (HTTP {0}): {1}. Uw gegevens blijven "
                "bewaard op deze computer en worden later verzonden.",
                status,
                detail or msg("geen reden"),
            ),
            detail=f"{status}: {detail}",
            status=status,
        )

    def _decode(self, raw: bytes, response: requests.Response) -> dict[str, Any]:
        declared = response.headers.get("Content-Length")
        if (
            declared is not None
            and declared.isdigit()
            and "Content-Encoding" not in (response.headers)
            and int(declared) != len(raw)
        ):
            raise _bad(f"body of {len(raw)} bytes, {declared} announced")
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise _bad(
                f"not JSON ({response.headers.get('Content-Type', '?')}, {len(raw)} bytes)"
            ) from None
        if not isinstance(data, dict):
            raise _bad("the answer is not a JSON object")
        return data

    def _read_clock(self, response: requests.Response) -> None:
        server = _parse_server_time(response.headers.get("X-Server-Time"))
        if server is None:
            return
        elapsed = response.elapsed.total_seconds() if response.elapsed else 0.0
        # The server stamped the answer about half-way through the round trip.
        local = clock.now().timestamp() - elapsed / 2
        self.clock_skew = round(server.timestamp() - local, 1)


def _now_iso() -> str:
    return clock.now().isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _short(exc: BaseException) -> str:
    return str(exc).replace("\n", " ")[:300]


def _after_sending(exc: requests.exceptions.ConnectionError) -> bool:
    """Whether the connection broke after the request may have reached the server."""
    text = repr(exc)
    return any(
        marker in text
        for marker in ("RemoteDisconnected", "Connection aborted", "ConnectionResetError",
                       "BrokenPipe", "IncompleteRead", "ProtocolError")
    )  # fmt: skip


def _bad(detail: str) -> BadAnswer:
    return BadAnswer(
        msg(
            "De centrale server gaf een onvolledig of onleesbaar antwoord. Er gaat niets "
            "verloren: de gegevens blijven in de wachtrij en worden opnieuw verzonden."
        ),
        detail=detail,
    )


def _require(data: Mapping[str, Any], fields: Mapping[str, type]) -> None:
    for name, kind in fields.items():
        value = data.get(name)
        ok = isinstance(value, kind) and not (kind is int and isinstance(value, bool))
        if not ok:
            raise _bad(f"field {name!r} missing or not {kind.__name__}")
