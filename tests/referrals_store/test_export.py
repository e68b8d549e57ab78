"""``desk export referrals``: the case-export CSV conventions, personal data only on request."""

from __future__ import annotations

import argparse
import csv
import dataclasses
import io
from pathlib import Path

import pytest

from desk.app.export import export_referrals
from desk.commands import export as command
from desk.secrets import KeyringUnavailable
from desk.store.referrals import ReferralRepository
from desk.store.store import Store

from .helpers import CANARY, CANARY_MAIL, NOW, anonymous, personal


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    command.add_arguments(parser)
    return parser.parse_args(["referrals", *argv])


def _read(path: Path) -> tuple[bytes, list[dict[str, str]]]:
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig")
    return raw, list(csv.DictReader(io.StringIO(text), delimiter=";"))


def _seed(repo: ReferralRepository) -> tuple[str, str]:
    a = repo.submit(personal(), by="Elke", at=NOW)
    b = repo.submit(dataclasses.replace(anonymous(), office="=HYPERLINK(1)"), by="Elke", at=NOW)
    return a.id, b.id


def test_export_without_personal_fields(repo: ReferralRepository, store: Store,
                                        tmp_path: Path) -> None:
    a, b = _seed(repo)
    store.close()
    out = tmp_path / "doorverwijzingen.csv"
    assert command.run(_args("--out", str(out))) == 0
    raw, rows = _read(out)
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    assert CANARY.encode() not in raw and CANARY_MAIL.encode() not in raw
    assert [r["id"] for r in rows] == sorted([a, b])
    assert "naam" not in rows[0]
    by_id = {r["id"]: r for r in rows}
    assert by_id[a]["toestemming"] == "ja" and by_id[a]["toestemming_versie"] == "2026-11-v1/fr"
    assert by_id[a]["noden"] == "smartphone, email" and by_id[a]["status"] == "sent"
    assert by_id[a]["aangemaakt"] == "28-11-2026" and by_id[a]["uur"] == "15:05"
    assert by_id[b]["kantoor"] == "'=HYPERLINK(1)"  # never run as a formula in Excel
    audit = store.conn().execute("SELECT count(*) FROM audit WHERE action = 'export_personal'")
    assert audit.fetchone()[0] == 0


def test_export_with_personal_fields_is_audited(repo: ReferralRepository, store: Store,
                                                tmp_path: Path) -> None:
    a, _ = _seed(repo)
    out = tmp_path / "met-namen.csv"
    assert command.run(_args("--out", str(out), "--personal")) == 0
    _, rows = _read(out)
    row = next(r for r in rows if r["id"] == a)
    assert row["naam"] == CANARY and row["e-mail"] == CANARY_MAIL
    assert row["telefoon"] == "0470 12 34 56" and row["taal"] == "fr"
    actions = store.conn().execute("SELECT action, detail FROM audit").fetchall()
    assert ("export_personal", "2 doorverwijzingen met persoonsgegevens geëxporteerd naar "
            "met-namen.csv") in [tuple(r) for r in actions]


def test_personal_export_needs_the_keyring(store: Store, fail_keyring: object,
                                           tmp_path: Path) -> None:
    ReferralRepository(store).submit(anonymous(), by="Elke", at=NOW)
    out = tmp_path / "x.csv"
    with pytest.raises(KeyringUnavailable):
        export_referrals(store, out, personal=True)
    assert not out.exists()
    # Without --personal it works, keyring or not.
    assert export_referrals(store, out) == 1


def test_unwritable_target_is_a_clear_error(repo: ReferralRepository, store: Store,
                                            tmp_path: Path) -> None:
    from desk.errors import InputError

    with pytest.raises(InputError) as info:
        export_referrals(store, tmp_path / "nergens" / "x.csv")
    assert "kan niet schrijven" in str(info.value)


def test_export_module_does_not_import_qt() -> None:
    import subprocess
    import sys

    code = ("import sys, desk.commands.export as m, argparse;"
            "m.add_arguments(argparse.ArgumentParser());"
            "print('PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
