"""Personal fields never reach the disk in the clear; the key lives in the keyring only."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from desk import paths
from desk.secrets import SERVICE, KeyringUnavailable
from desk.store.backup import backup_database
from desk.store.crypto import DATA_KEY_NAME, FieldCipher
from desk.store.referrals import (
    SEALED_KEY,
    ReferralRepository,
    form_draft_key,
    unseal_wire,
)
from desk.store.store import Store

from .helpers import CANARY, CANARY_MAIL, CANARY_NOTE, NOW, MemoryKeyring, anonymous, personal

CANARIES = (CANARY, CANARY_MAIL, CANARY_NOTE, "Zwanhilde", "470123456")


def _bytes(path: Path) -> bytes:
    return path.read_bytes() if path.exists() else b""


def _assert_no_canary(blob: bytes, where: str) -> None:
    for canary in CANARIES:
        for encoding in ("utf-8", "utf-16-le"):
            assert canary.encode(encoding) not in blob, f"{canary!r} found in {where}"


def test_raw_database_wal_and_backup_hold_no_name(repo: ReferralRepository, store: Store,
                                                   tmp_path: Path) -> None:
    sent = repo.submit(personal(), by="Elke", at=NOW)
    repo.change_status(sent.id, "received", by="Partner", at=NOW + timedelta(days=1))
    repo.save_form_draft(form_draft_key(None), {"name": CANARY, "email": CANARY_MAIL,
                                               "notes": CANARY_NOTE, "needs": ["email"]})
    # The data really is there (so the check below can fail): it reads back.
    back = repo.get(sent.id).referral
    assert back.citizen is not None and back.citizen.name == CANARY
    assert back.citizen.email == CANARY_MAIL and back.notes == CANARY_NOTE
    assert repo.load_form_draft(form_draft_key(None))["name"] == CANARY  # type: ignore[index]

    db = paths.database_path()
    wal = db.with_name(db.name + "-wal")
    assert _bytes(wal), "expected a WAL file while the store is open"
    _assert_no_canary(_bytes(db), "desk.db")
    _assert_no_canary(_bytes(wal), "desk.db-wal")
    backup = backup_database(store.conn(), tmp_path / "backups", label="test")
    _assert_no_canary(backup.read_bytes(), "backup")


def test_outbox_body_is_sealed_and_opens_for_the_push(repo: ReferralRepository,
                                                     store: Store) -> None:
    sent = repo.submit(personal(), by="Elke", at=NOW)
    row = store.conn().execute("SELECT payload FROM outbox WHERE record_id = ?",
                               (sent.id,)).fetchone()
    body = json.loads(row[0])
    assert body["citizen"] is None and body["notes"] == "" and SEALED_KEY in body
    opened = unseal_wire(body, sent.id, repo.cipher())
    assert opened["citizen"]["name"] == CANARY and opened["notes"] == CANARY_NOTE
    assert SEALED_KEY not in opened
    # The opened body is what the central service accepts; the sealed one it refuses.
    from pydantic import ValidationError

    from desk.central.schemas import ReferralBody

    ReferralBody.model_validate(opened)
    with pytest.raises(ValidationError):
        ReferralBody.model_validate(body)
    # A sealed body cannot be opened as another record's.
    from desk.store.crypto import TokenError

    with pytest.raises(TokenError):
        unseal_wire(body, anonymous().id, repo.cipher())


def test_key_is_created_once_and_its_fingerprint_kept(repo: ReferralRepository, store: Store,
                                                      memory_keyring: MemoryKeyring) -> None:
    assert repo.personal_data_problem() is None
    stored = memory_keyring.store[(SERVICE, DATA_KEY_NAME)]
    repo.submit(personal(), by="Elke", at=NOW)
    assert store.get_meta("referrals.key_id") == repo.cipher().key_id
    again = ReferralRepository(store)
    assert again.personal_data_problem() is None
    assert memory_keyring.store[(SERVICE, DATA_KEY_NAME)] == stored


def test_lost_key_is_not_replaced_and_data_stays_locked(repo: ReferralRepository, store: Store,
                                                       memory_keyring: MemoryKeyring) -> None:
    sent = repo.submit(personal(), by="Elke", at=NOW)
    memory_keyring.store.clear()  # IT reset the keyring
    fresh = ReferralRepository(store)
    problem = fresh.personal_data_problem()
    assert problem is not None and "ontbreekt" in problem
    assert memory_keyring.store == {}, "a new key must not be made over existing data"
    got = fresh.get(sent.id)
    assert got.personal_locked and got.referral.citizen is not None
    assert got.referral.citizen.name == "" and "sleutel" in got.locked_reason.lower()
    with pytest.raises(KeyringUnavailable):
        fresh.change_status(sent.id, "received", by="Elke")
    # Withdrawing consent still works: it only removes data.
    fresh.withdraw_consent(sent.id, by="Elke")
    assert not fresh.get(sent.id).personal_locked


def test_other_key_in_keyring_is_refused(repo: ReferralRepository, store: Store,
                                         memory_keyring: MemoryKeyring) -> None:
    import base64

    repo.submit(personal(), by="Elke", at=NOW)
    other = base64.b64encode(FieldCipher.generate_key()).decode()
    memory_keyring.store[(SERVICE, DATA_KEY_NAME)] = other
    problem = ReferralRepository(store).personal_data_problem()
    assert problem is not None and "niet de sleutel" in problem


def test_without_keyring_anonymous_works_and_personal_is_refused(
    store: Store, fail_keyring: object
) -> None:
    repo = ReferralRepository(store)
    problem = repo.personal_data_problem()
    assert problem is not None and "sleutelbos" in problem and "anoniem" in problem
    sent = repo.submit(anonymous(), by="Elke", at=NOW)
    assert repo.get(sent.id).referral.status == "sent"
    with pytest.raises(KeyringUnavailable):
        repo.submit(personal(), by="Elke", at=NOW)
    # Nothing of the refused referral was written, in no form.
    assert repo.count() == 1
    assert store.conn().execute("SELECT count(*) FROM outbox").fetchone()[0] == 1
    _assert_no_canary(_bytes(paths.database_path()), "desk.db")
    wal = paths.database_path().with_name("desk.db-wal")
    _assert_no_canary(_bytes(wal), "desk.db-wal")
    assert store.get_meta("referrals.key_id") is None


def test_form_autosave_without_keyring_drops_personal_fields(store: Store,
                                                             fail_keyring: object) -> None:
    repo = ReferralRepository(store)
    repo.save_form_draft("referral-form", {"name": CANARY, "needs": ["email"],
                                           "municipality": "menen"})
    data = repo.load_form_draft("referral-form")
    assert data == {"needs": ["email"], "municipality": "menen"}
    raw = store.conn().execute("SELECT payload FROM drafts").fetchone()[0]
    assert CANARY not in raw


def test_form_autosave_locked_when_key_is_gone(repo: ReferralRepository, store: Store,
                                               memory_keyring: MemoryKeyring) -> None:
    repo.save_form_draft("referral-form", {"name": CANARY, "urgency": "high"})
    raw = store.conn().execute("SELECT payload FROM drafts").fetchone()[0]
    assert CANARY not in raw and SEALED_KEY in raw
    memory_keyring.store.clear()
    data = ReferralRepository(store).load_form_draft("referral-form")
    assert data == {"urgency": "high", "_personal_locked": True}


def test_the_raw_byte_check_finds_plaintext(store: Store) -> None:
    """The check above would catch a leak: plaintext written the normal way is found."""
    store.set_meta("probe", CANARY)
    with pytest.raises(AssertionError):
        wal = paths.database_path().with_name("desk.db-wal")
        _assert_no_canary(_bytes(paths.database_path()) + _bytes(wal), "desk.db")
