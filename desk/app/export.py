"""Exports for Belgian Excel: the case log and the referrals as CSV.

Both follow the same conventions: UTF-8 with BOM, ``;`` by default, Dutch
headers, codes as values, dates dd-mm-jjjj in Belgian time, cells that Excel
would run as a formula prefixed with an apostrophe. Personal data only when
asked for; such an export is written to the local audit trail. ``desk export``
and the *Exporteren…* buttons both call these functions.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, Final, TextIO

from desk.app.files import audit_personal_export, write_atomically
from desk.domain.contact import format_phone
from desk.domain.csvformat import write_csv
from desk.domain.csvsafe import csv_safe
from desk.domain.days import local
from desk.errors import InputError
from desk.store.cases import CaseRepository
from desk.store.referrals import ReferralRepository, StoredReferral
from desk.store.store import Store

BOM: Final = "\ufeff"

#: The referral export's columns, in this order.
REFERRAL_COLUMNS: Final = (
    "id", "aangemaakt", "uur", "kantoor", "medewerker", "gemeente", "noden", "drempels",
    "dringendheid", "partnerdienst", "status", "laatste_wijziging", "contact", "toestemming",
    "toestemming_versie", "verzending",
)
REFERRAL_PERSONAL_COLUMNS: Final = (
    "naam", "telefoon", "e-mail", "contactkanaal", "taal", "beschikbaarheid", "notities",
)


def export_cases(
    store: Store,
    out: Path,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    personal: bool = False,
    separator: str = ";",
    actor: str = "desk",
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the cases to *out* (atomically: a temporary file, then a rename).

    ``progress(rows_written)`` is called every 1,000 rows; it may raise to stop.
    """
    if date_from and date_to and date_from > date_to:
        raise InputError("--from ligt na --to")
    repo = CaseRepository(store)

    def rows() -> Iterator[dict[str, Any]]:
        for n, row in enumerate(repo.iter_rows(date_from, date_to), start=1):
            if progress is not None and n % 1000 == 0:
                progress(n)
            yield row

    count = write_atomically(
        out, lambda fh: write_csv(fh, rows(), personal=personal, separator=separator)
    )
    if personal:
        audit_personal_export(store, actor, f"{count} contacten met persoonsgegevens geëxporteerd")
    return count


def _referral_row(stored: StoredReferral, personal: bool) -> list[str]:
    r = stored.referral
    created = local(r.created_at)
    changed = local(r.last_change)
    consent = "nee"
    if r.consent.withdrawn_at is not None:
        consent = "ingetrokken"
    elif r.consent.active:
        consent = "ja"
    values = [
        r.id, f"{created:%d-%m-%Y}", f"{created:%H:%M}", r.office, r.staff, r.municipality,
        ", ".join(r.needs), ", ".join(r.barriers), r.urgency, r.service_id or "", r.status,
        f"{changed:%d-%m-%Y}", r.case_id or "", consent,
        f"{r.consent.text_version}/{r.consent.language}" if r.consent.text_version else "",
        stored.sync_state,
    ]
    if personal:
        if stored.personal_locked:
            values += ["[onleesbaar]"] * len(REFERRAL_PERSONAL_COLUMNS)
        else:
            c = r.citizen
            if c is None:
                values += ["", "", "", "", "", "", r.notes]
            else:
                # The Belgian form (0470 12 34 56) reads well and is no formula for Excel.
                phone = format_phone(c.phone) if c.phone else ""
                values += [c.name, phone, c.email, c.contact_channel, c.language,
                           c.availability, r.notes]
    return [csv_safe(v) for v in values]


def export_referrals(
    store: Store,
    out: Path,
    *,
    personal: bool = False,
    separator: str = ";",
    actor: str = "desk",
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write every referral to *out* (a temporary file, then a rename); returns the rows.

    Name, contact data and notes only with ``personal``, which needs the key
    from the keyring. ``progress(rows_written)`` is called every 500 rows.

    Raises:
        KeyringUnavailable: ``personal`` without a usable key (nothing is written).
        InputError: *out* cannot be written.
    """
    repo = ReferralRepository(store)
    if personal:
        repo.cipher()  # fails before anything is written

    def fill(fh: TextIO) -> int:
        fh.write(BOM)
        writer = csv.writer(fh, delimiter=separator, lineterminator="\r\n")
        writer.writerow([*REFERRAL_COLUMNS, *(REFERRAL_PERSONAL_COLUMNS if personal else ())])
        count = 0
        for count, stored in enumerate(repo.iter_referrals(), start=1):
            if progress is not None and count % 500 == 0:
                progress(count)
            writer.writerow(_referral_row(stored, personal))
        return count

    count = write_atomically(out, fill)
    if personal:
        detail = f"{count} doorverwijzingen met persoonsgegevens geëxporteerd naar {out.name}"
        audit_personal_export(store, actor, detail)
    return count
