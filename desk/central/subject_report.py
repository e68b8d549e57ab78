"""The readable report of an access request, in Dutch, French or English.

Plain text with Markdown headings, so it prints as it is and pastes into a
letter or an e-mail. The wording is in ``texts/subject-<lang>.toml``; dates
are dd-mm-jjjj in Belgian local time.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any, Final

from desk.central import retention
from desk.central.subject import LANGUAGES, Found, Match
from desk.domain.days import local_date
from desk.domain.formats import format_date, format_datetime
from desk.domain.stats import label
from desk.domain.vocab import CONTACT_CHANNEL_LABELS

TEXTS: Final = Path(__file__).parent / "texts"


@cache
def texts(lang: str) -> dict[str, str]:
    """The report's wording in *lang* (``nl``, ``fr`` or ``en``)."""
    if lang not in LANGUAGES:
        raise ValueError(f"no report texts for {lang!r}; choose one of {', '.join(LANGUAGES)}")
    with (TEXTS / f"subject-{lang}.toml").open("rb") as fh:
        return {key: str(value).strip("\n") for key, value in tomllib.load(fh).items()}


def _day(moment: Any) -> str:
    if isinstance(moment, datetime):
        return format_date(local_date(moment))
    if isinstance(moment, str):
        parsed = retention.parse_time(moment)
        if parsed is not None:
            return format_date(local_date(parsed))
        try:
            return format_date(datetime.fromisoformat(moment).date())
        except ValueError:
            return moment
    return ""


def _text(value: Any, tx: Mapping[str, str]) -> str:
    """A stored value on one line: a line break in a name or note cannot start a new heading
    or a field of its own in the report."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return tx["empty"]
    return " ".join("".join(ch if ch.isprintable() else " " for ch in str(value)).split())


def _labels(dim: str, codes: Any) -> str:
    if not isinstance(codes, list):
        return ""
    return ", ".join(label(dim, str(code)) for code in codes)


def _searched(keys: list[str] | tuple[str, ...], tx: Mapping[str, str]) -> str:
    words = [tx[k] for k in keys]
    if len(words) < 2:
        return "".join(words)
    return f"{', '.join(words[:-1])} {tx['and']} {words[-1]}"


def _kept(match: Match, policy: retention.Policy, tx: Mapping[str, str]) -> str:
    until = _day(retention.personal_until(match.kind, match.body, match.updated_at, policy))
    if match.kind == "case":
        return tx["kept_until_case"].format(date=until, days=policy.retention_days)
    if retention.closed_at(match.body, match.updated_at) is not None:
        return tx["kept_until_closed"].format(date=until, days=policy.retention_days)
    return tx["kept_until_open"].format(date=until, days=policy.referral_retention_days)


def _line(lines: list[str], name: str, value: str, tx: Mapping[str, str]) -> None:
    lines.append(f"- {name}{tx['colon']}{value}")


def _referral(lines: list[str], n: int, m: Match, found: Found, tx: Mapping[str, str]) -> None:
    b = m.body
    lines += ["", f"## {tx['referral'].format(n=n)}", ""]
    _line(lines, tx["reference"], m.id, tx)
    _line(lines, tx["matched_on"], _searched(m.matched_on, tx), tx)
    _line(lines, tx["created_at"], _day(b.get("created_at")), tx)
    _line(lines, tx["office"], _text(b.get("office"), tx), tx)
    service = b.get("service_id")
    _line(lines, tx["service"], _text(found.services.get(str(service), service), tx), tx)
    _line(lines, tx["needs"], _labels("need", b.get("needs")) or tx["empty"], tx)
    _line(lines, tx["barriers"], _labels("barrier", b.get("barriers")) or tx["empty"], tx)
    _line(lines, tx["urgency"], label("urgency", str(b.get("urgency", ""))), tx)
    consent = b.get("consent")
    if isinstance(consent, dict) and consent.get("given"):
        given = tx["consent_given"].format(
            date=_day(consent.get("at")), version=consent.get("text_version", "")
        )
    else:
        given = tx["consent_not_given"]
    _line(lines, tx["consent"], given, tx)
    citizen = b.get("citizen") if isinstance(b.get("citizen"), dict) else {}
    assert isinstance(citizen, dict)
    _line(lines, tx["name"], _text(citizen.get("name"), tx), tx)
    _line(lines, tx["phone"], _text(citizen.get("phone"), tx), tx)
    _line(lines, tx["email"], _text(citizen.get("email"), tx), tx)
    channel = citizen.get("contact_channel")
    how = CONTACT_CHANNEL_LABELS.get(str(channel), str(channel)) if channel else tx["empty"]
    _line(lines, tx["contact_channel"], how, tx)
    _line(lines, tx["language"], _text(citizen.get("language"), tx), tx)
    _line(lines, tx["availability"], _text(citizen.get("availability"), tx), tx)
    _line(lines, tx["notes"], _text(b.get("notes"), tx), tx)
    _line(lines, tx["status"], label("status", str(b.get("status", ""))), tx)
    history = b.get("status_history")
    if isinstance(history, list) and history:
        lines.append(f"- {tx['history']}{tx['colon'].rstrip()}")
        for entry in history:
            if isinstance(entry, dict):
                step = f"{_day(entry.get('at'))}{tx['colon']}"
                step += label("status", str(entry.get("status", "")))
                note = entry.get("note")
                if isinstance(note, str) and note.strip():
                    step += f" ({_text(note, tx)})"
                lines.append(f"  - {step}")
    lines.append(f"- {_kept(m, found.policy, tx)}")


def _case(lines: list[str], n: int, m: Match, found: Found, tx: Mapping[str, str]) -> None:
    b = m.body
    lines += ["", f"## {tx['case'].format(n=n)}", ""]
    _line(lines, tx["reference"], m.id, tx)
    _line(lines, tx["matched_on"], _searched(m.matched_on, tx), tx)
    _line(lines, tx["occurred_at"], _day(b.get("occurred_at")), tx)
    _line(lines, tx["office"], _text(b.get("office"), tx), tx)
    topics = b.get("topics")
    _line(lines, tx["topics"], _labels("topic", topics) or tx["empty"], tx)
    _line(lines, tx["outcome"], label("outcome", str(b.get("outcome", ""))), tx)
    _line(lines, tx["citizen_ref"], _text(b.get("citizen_ref"), tx), tx)
    _line(lines, tx["case_notes"], _text(b.get("notes"), tx), tx)
    if b.get("follow_up_on"):
        _line(lines, tx["follow_up_on"], _day(b.get("follow_up_on")), tx)
    lines.append(f"- {_kept(m, found.policy, tx)}")


def render(found: Found, lang: str = "nl") -> str:
    """The report a DPO can hand to the citizen."""
    tx = texts(lang)
    lines = [
        f"# {tx['title']}",
        "",
        f"- {tx['organisation']}{tx['colon']}{found.org_name}",
        f"- {tx['made_at']}{tx['colon']}{format_datetime(found.now)}",
        f"- {tx['searched_by']}{tx['colon']}{_searched(found.query.searched(), tx)}",
        "",
        tx["intro"].strip(),
        "",
    ]
    if not found.matches:
        lines.append(tx["nothing"].strip())
    else:
        lines.append(tx["found"].format(referrals=found.count("referral"),
                                        cases=found.count("case")))  # fmt: skip
        referrals = [m for m in found.matches if m.kind == "referral"]
        cases = [m for m in found.matches if m.kind == "case"]
        for n, m in enumerate(sorted(referrals, key=lambda m: str(m.body.get("created_at"))), 1):
            _referral(lines, n, m, found, tx)
        for n, m in enumerate(sorted(cases, key=lambda m: str(m.body.get("occurred_at"))), 1):
            _case(lines, n, m, found, tx)
        for key in ("why", "who"):
            lines += ["", f"## {tx[key + '_title']}", "", tx[key].strip()]
    for key in ("not_here", "rights"):
        lines += ["", f"## {tx[key + '_title']}", "", tx[key].strip()]
    return "\n".join(lines) + "\n"
