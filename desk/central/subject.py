"""A citizen's requests: what does the central service keep about me (GDPR art. 15),
and erase it (art. 17).

A DPO searches one organisation's records by the case log's contact
reference, or by a referral's name together with a phone number or e-mail
address (a name alone matches namesakes, so it is refused). Matching forgives
spelling differences that do not change who it is: case, accents, spaces,
punctuation, the order of the names, and ``+32``/``0032``/``0`` in phone
numbers. Each record in the report says what it was found by, so the DPO can
check it belongs to this citizen before handing it over; ``--record`` narrows
an erasure to the records the DPO confirmed.

Erasure empties the personal fields as a new revision (:mod:`desk.central.erasure`),
so it reaches every desk through pull. Statistics stay: they hold counts only.
Searches and erasures are audited with counts, never with what was searched.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from sqlalchemy import Connection, Engine, and_, select

from desk import clock
from desk.central import audit, erasure, retention
from desk.central import tables as t
from desk.central.db import reading, small_write, writing

LANGUAGES: Final = ("nl", "fr", "en")
_PHONE: Final = re.compile(r"^\+?[0-9 ./()-]{6,}$")


class SubjectError(ValueError):
    """A request that cannot be answered as asked, with a message for a person."""


# -- matching --------------------------------------------------------------------------------


def name_key(text: str) -> tuple[str, ...]:
    """A name as sorted plain lower-case words: "Marie-José  Dubois" ~ "dubois marie jose"."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()
    return tuple(sorted(re.sub(r"[\W_]+", " ", plain).split()))


def phone_key(text: str) -> str | None:
    """Digits of a phone number, Belgian prefixes made equal (+32 470.. = 0470..); None if none."""
    if not _PHONE.match(text.strip()):
        return None
    digits = re.sub(r"\D", "", text)
    if text.strip().startswith("+32"):
        digits = "0" + digits[2:]
    elif digits.startswith("0032"):
        digits = "0" + digits[4:]
    elif text.strip().startswith("+"):
        digits = "+" + digits
    return digits if len(digits.lstrip("+")) >= 6 else None


def email_key(text: str) -> str:
    return text.strip().casefold()


def ref_key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _same_ref(stored: str, wanted: str) -> bool:
    if ref_key(stored) == ref_key(wanted):
        return True
    a, b = phone_key(stored), phone_key(wanted)
    return a is not None and a == b


@dataclass(frozen=True)
class Query:
    """What the DPO searches by. ``records`` narrows the result to these record ids."""

    ref: str | None = None
    name: str | None = None
    phone: str | None = None
    email: str | None = None
    records: tuple[str, ...] = ()

    def check(self) -> None:
        """Raise :class:`SubjectError` unless this query can find one person's records."""
        for value, what in ((self.ref, "--ref"), (self.name, "--name"), (self.phone, "--phone"),
                            (self.email, "--email")):  # fmt: skip
            if value is not None and not value.strip():
                raise SubjectError(f"{what} is empty")
        if self.name is not None and name_key(self.name) == ():
            raise SubjectError("--name has no letters")
        if self.name is not None and self.phone is None and self.email is None:
            raise SubjectError(
                "a name alone matches namesakes: give --phone and/or --email with --name"
            )
        if (self.phone is not None or self.email is not None) and self.name is None:
            raise SubjectError("give --name with --phone or --email (or search by --ref)")
        if self.phone is not None and phone_key(self.phone) is None:
            raise SubjectError(f"--phone {self.phone!r} is not a phone number")
        if self.ref is None and self.name is None and not self.records:
            raise SubjectError("give --ref REF, or --name NAME with --phone and/or --email")

    def searched(self) -> list[str]:
        """The text keys of what was searched by (for the report and the audit)."""
        keys = []
        if self.ref is not None:
            keys.append("by_ref")
        if self.name is not None:
            keys.append("by_name")
        if self.phone is not None:
            keys.append("by_phone")
        if self.email is not None:
            keys.append("by_email")
        if self.records:
            keys.append("by_record")
        return keys

    def match(self, kind: str, item_id: str, body: Mapping[str, Any]) -> list[str]:
        """What this record matches on (text keys); empty when it does not match."""
        if self.records and item_id not in self.records:
            return []
        found: list[str] = []
        if kind == "case":
            ref = body.get("citizen_ref")
            if isinstance(ref, str) and ref.strip():
                if self.ref is not None and _same_ref(ref, self.ref):
                    found.append("by_ref")
                # A contact reference is often the citizen's phone number or e-mail address.
                if self.phone is not None and _same_ref(ref, self.phone):
                    found.append("by_phone")
                if self.email is not None and email_key(ref) == email_key(self.email):
                    found.append("by_email")
        elif kind == "referral":
            citizen = body.get("citizen")
            if isinstance(citizen, dict) and self.name is not None:
                if name_key(str(citizen.get("name") or "")) == name_key(self.name):
                    contact = []
                    phone = citizen.get("phone")
                    if self.phone is not None and isinstance(phone, str):
                        key = phone_key(phone)
                        if key is not None and key == phone_key(self.phone):
                            contact.append("by_phone")
                    mail = citizen.get("email")
                    if self.email is not None and isinstance(mail, str):
                        if email_key(mail) == email_key(self.email):
                            contact.append("by_email")
                    if contact:
                        found += ["by_name", *contact]
        if not found and self.records and self.ref is None and self.name is None:
            found.append("by_record")  # records named on their own: the DPO chose them
        return found


@dataclass(frozen=True)
class Match:
    """One record that holds personal data of the citizen."""

    kind: str
    id: str
    org: str
    revision: int
    updated_at: datetime
    body: dict[str, Any]
    matched_on: tuple[str, ...]


def _find(conn: Connection, org: str, query: Query) -> list[Match]:
    i = t.items.c
    found: list[Match] = []
    last = ("", "")
    while True:
        rows = conn.execute(
            select(i.kind, i.id, i.revision, i.body, i.updated_at)
            .where(
                and_(i.org == org, i.personal.is_(True), i.deleted.is_(False),
                     i.kind.in_(erasure.KINDS),
                     (i.kind > last[0]) | ((i.kind == last[0]) & (i.id > last[1]))),
            )
            .order_by(i.kind, i.id)
            .limit(500)
        ).all()  # fmt: skip
        if not rows:
            break
        for row in rows:
            body = json.loads(row.body)
            if not isinstance(body, dict) or not erasure.has_personal(row.kind, body):
                continue
            on = query.match(row.kind, row.id, body)
            if on:
                found.append(
                    Match(row.kind, row.id, org, row.revision, row.updated_at, body, tuple(on))
                )
        last = (rows[-1].kind, rows[-1].id)
    return found


def _require_org(conn: Connection, org: str) -> str:
    row = conn.execute(select(t.orgs.c.name).where(t.orgs.c.code == org)).first()
    if row is None:
        raise SubjectError(f"unknown organisation {org!r}; see `desk-central counts`")
    return str(row.name)


@dataclass
class Found:
    """The answer to an access request."""

    org: str
    org_name: str
    query: Query
    now: datetime
    policy: retention.Policy
    matches: list[Match] = field(default_factory=list)
    services: dict[str, str] = field(default_factory=dict)

    def count(self, kind: str) -> int:
        return sum(1 for m in self.matches if m.kind == kind)


def _services(conn: Connection) -> dict[str, str]:
    """Partner service id -> "service (organisation)", from the published directory."""
    i = t.items.c
    row = conn.execute(
        select(i.body).where(and_(i.kind == "directory", i.id == "directory",
                                  i.deleted.is_(False)))
    ).first()  # fmt: skip
    if row is None:
        return {}
    try:
        doc = json.loads(row.body)
        orgs = {o["id"]: o["name"] for o in doc.get("organizations", [])}
        return {
            s["id"]: f"{s['name']} ({orgs[s['organization_id']]})"
            if s.get("organization_id") in orgs
            else str(s["name"])
            for s in doc.get("services", [])
        }
    except (ValueError, KeyError, TypeError, AttributeError):
        return {}


def find(
    engine: Engine, org: str, query: Query, *, actor: str, now: datetime | None = None
) -> Found:
    """Everything *org*'s records hold about the citizen of *query* (audited with counts)."""
    query.check()
    now = now or clock.now()
    with reading(engine) as conn:
        org_name = _require_org(conn, org)
        found = Found(org, org_name, query, now, retention.policy_for(conn, org),
                      _find(conn, org, query), _services(conn))  # fmt: skip
    with small_write(engine) as conn:
        audit.record(
            conn, actor, "subject.find", org=org,
            detail={"by": query.searched(), "cases": found.count("case"),
                    "referrals": found.count("referral")},
            now=now,
        )  # fmt: skip
    return found


@dataclass(frozen=True)
class ErasureResult:
    erased: list[erasure.Erased]
    matched: int

    def count(self, kind: str) -> int:
        return sum(1 for e in self.erased if e.kind == kind)


def erase(
    engine: Engine, org: str, query: Query, *, actor: str, now: datetime | None = None
) -> ErasureResult:
    """Empty the personal fields of every record *query* finds in *org* (one transaction).

    A record that no longer matches when the transaction reads it again (changed
    meanwhile) is left alone.
    """
    query.check()
    now = now or clock.now()
    with reading(engine) as conn:
        _require_org(conn, org)
        matches = _find(conn, org, query)
    if query.records:
        missing = sorted(set(query.records) - {m.id for m in matches})
        if missing:
            raise SubjectError(
                "no personal data of this citizen in " + ", ".join(missing)
                + f" (records of {org!r} found by the search only); nothing was erased"
            )

    def still(
        kind: str, item_id: str, body: Mapping[str, Any], _updated: datetime, owner: str
    ) -> bool:
        return owner == org and bool(query.match(kind, item_id, body))

    with writing(engine) as conn:
        done = erasure.erase(conn, [(m.kind, m.id) for m in matches], now, still=still)
        audit.record(
            conn, actor, "subject.erase", org=org,
            detail={"by": query.searched(),
                    "cases": sum(1 for e in done if e.kind == "case"),
                    "referrals": sum(1 for e in done if e.kind == "referral")},
            now=now,
        )  # fmt: skip
    if done:
        retention.settle(engine)
    return ErasureResult(done, len(matches))
