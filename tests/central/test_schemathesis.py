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


# -- push bodies, typed ---------------------------------------------------------------------------
# The schema declares each change's body as a CaseBody or a ReferralBody (the server checks
# it per change), so generated pushes carry typed records: many valid, many just outside
# the rules (years, control characters, cross-field rules), all of which must be answered
# per change, never with a 500. The documented example is sent as well.

push_schema = schemathesis.openapi.from_asgi(
    "/openapi.json",
    _schema_app,
    config=SchemathesisConfig.from_dict({"generation": {"mode": "positive"}}),
).include(path="/v1/push", method="POST")


@push_schema.parametrize()
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
    database=None,
)
def test_typed_push_bodies_are_answered_per_change(case: Any, central: Central) -> None:
    if not hasattr(central, "auth"):
        central.auth = central.enroll("harelbeke", role="social").headers  # type: ignore[attr-defined]
    case.headers = {**(case.headers or {}), **central.auth}  # type: ignore[attr-defined]
    kwargs = case.as_transport_kwargs(base_url="http://testserver")
    response = central.client.request(
        kwargs.pop("method"), kwargs.pop("url"), headers=kwargs.pop("headers", None),
        **{k: v for k, v in kwargs.items() if k in ("json", "content")},
    )  # fmt: skip
    case.validate_response(response, checks=[not_a_server_error])
    if response.status_code == 200:
        results = response.json()["results"]
        assert len(results) == len(case.body["changes"])
        for result in results:
            assert result["status"] != "rejected" or result["reason"], result


def test_generated_push_bodies_are_typed_records() -> None:
    from hypothesis import given

    from desk.central.schemas import BODY_MODELS

    counted = {"changes": 0, "valid": 0}

    @given(push_schema["/v1/push"]["POST"].as_strategy())
    @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck),
              derandomize=True, database=None)  # fmt: skip
    def collect(case: Any) -> None:
        for generated in case.body["changes"]:
            counted["changes"] += 1
            try:
                BODY_MODELS[generated["kind"]].model_validate(generated["body"])
            except ValueError:
                continue
            counted["valid"] += 1

    collect()
    assert counted["changes"] and counted["valid"], counted
