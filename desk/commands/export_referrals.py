"""``desk export referrals``: the referrals as CSV for Belgian Excel.

Same conventions as the case export: UTF-8 with BOM, ``;`` by default,
Dutch headers, codes as values, dates dd-mm-jjjj in Belgian time, the
referral's UUID in ``id``, cells that Excel would run as a formula prefixed
with an apostrophe. Name, contact data and notes only with ``--personal``,
which needs the key from the keyring and is written to the local audit trail.
No Qt here.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Final, TextIO

from desk.domain.csvsafe import csv_safe

BOM: Final = "\ufeff"
SEPARATOR_NAMES: Final = {"tab": "\t", "\\t": "\t", "puntkomma": ";", "komma": ","}

#: Header -> how to get the value from a StoredReferral.
COLUMNS: Final = (
    "id", "aangemaakt", "uur", "kantoor", "medewerker", "gemeente", "noden", "drempels",
    "dringendheid", "partnerdienst", "status", "laatste_wijziging", "contact", "toestemming",
    "toestemming_versie", "verzending",
)
PERSONAL_COLUMNS: Final = (
    "naam", "telefoon", "e-mail", "contactkanaal", "taal", "beschikbaarheid", "notities",
)
def _separator(text: str) -> str:
    sep = SEPARATOR_NAMES.get(text, text)
    if len(sep) != 1 or sep in "\"'\r\n" or sep.isalnum():
        raise argparse.ArgumentTypeError(f"'{text}' kan geen scheidingsteken zijn")
    return sep


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, type=Path, help="CSV-bestand om te schrijven")
    parser.add_argument("--personal", action="store_true",
                        help="ook naam, contactgegevens en notities (sleutel uit de sleutelbos "
                             "nodig; wordt in het auditlogboek genoteerd)")
    parser.add_argument("--separator", type=_separator, default=";",
                        help="scheidingsteken (standaard ';'; ook 'tab' of ',')")


def _row(stored: Any, personal: bool) -> list[str]:
    from desk.domain.contact import format_phone
    from desk.domain.days import local

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
            values += ["[onleesbaar]"] * len(PERSONAL_COLUMNS)
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
    store: object,
    out: Path,
    *,
    personal: bool = False,
    separator: str = ";",
    actor: str = "desk",
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write every referral to *out* (a temporary file, then a rename); returns the rows.

    Raises:
        KeyringUnavailable: ``personal`` without a usable key (nothing is written).
        InputError: *out* cannot be written.
    """
    from desk.commands.csvfile import audit_personal_export, write_atomically
    from desk.store.referrals import ReferralRepository
    from desk.store.store import Store

    assert isinstance(store, Store)
    repo = ReferralRepository(store)
    if personal:
        repo.cipher()  # fails before anything is written

    def rows() -> Iterator[list[str]]:
        for n, stored in enumerate(repo.iter_referrals(), start=1):
            if progress is not None and n % 500 == 0:
                progress(n)
            yield _row(stored, personal)

    def fill(fh: TextIO) -> int:
        fh.write(BOM)
        writer = csv.writer(fh, delimiter=separator, lineterminator="\r\n")
        writer.writerow([*COLUMNS, *(PERSONAL_COLUMNS if personal else ())])
        count = 0
        for row in rows():
            writer.writerow(row)
            count += 1
        return count

    count = write_atomically(out, fill)
    if personal:
        detail = f"{count} doorverwijzingen met persoonsgegevens geëxporteerd naar {out.name}"
        audit_personal_export(store, actor, detail)
    return count


def run(args: argparse.Namespace) -> int:
    from desk.config import load_config
    from desk.store.store import open_store

    config = load_config()
    store = open_store()
    try:
        count = export_referrals(store, args.out, personal=args.personal,
                                 separator=args.separator, actor=config.staff_name or "desk")
    finally:
        store.close()
    extra = " (met persoonsgegevens)" if args.personal else ""
    print(f"{count} doorverwijzingen geëxporteerd naar {args.out}{extra}.", file=sys.stderr)
    return 0
