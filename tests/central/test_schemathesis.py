"""Property-based API testing against /openapi.json: no input may cause a 500.

The schema is read from the app itself; every generated request is sent to
a fresh app on each backend (SQLite and PostgreSQL) through the test's own
client. Bounded: a few dozen examples per operation and backend.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from sqlalchemy import create_engine
from sqlalchemy.pool import StaticPool

from desk.central.app import create_app

from .conftest import Central, change, proto_headers, push_body

_schema_app = create_app(create_engine("sqlite://", poolclass=StaticPool))
# Valid and invalid inputs alike ("all" = positive and negative generation).
schema = schemathesis.openapi.from_asgi(
    "/openapi.json",
    _schema_app,
    config=SchemathesisConfig.from_dict({"generation": {"mode": "all"}}),
)


@schema.parametrize()
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
    database=None,
)
def test_no_server_errors(case: Any, central: Central) -> None:
    if not hasattr(central, "auth"):
        social = central.enroll("harelbeke", role="social")
        answer = central.client.post(
            "/v1/push", json=push_body(change("case"), change("referral")), headers=social.headers
        )
        assert answer.status_code == 200
        central.auth = social.headers  # type: ignore[attr-defined]
    headers = {k.lower(): v for k, v in (case.headers or {}).items()}
    # Most examples get valid credentials so generated bodies and queries reach the
    # handlers; the others keep whatever headers were generated.
    if len(repr(case.body)) % 4 != 1:
        headers.update({k.lower(): v for k, v in central.auth.items()})  # type: ignore[attr-defined]
    else:
        headers.setdefault("x-desk-protocol", proto_headers()["X-Desk-Protocol"])
    case.headers = headers
    kwargs = case.as_transport_kwargs(base_url="http://testserver")
    response = central.client.request(
        kwargs.pop("method"),
        kwargs.pop("url"),
        headers=kwargs.pop("headers", None),
        params=kwargs.pop("params", None),
        **{k: v for k, v in kwargs.items() if k in ("json", "content", "data", "files", "cookies")},
    )
    case.validate_response(response, checks=[not_a_server_error])
    if response.status_code >= 400:
        assert isinstance(response.json().get("detail"), str), response.text
