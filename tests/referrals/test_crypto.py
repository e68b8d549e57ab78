from __future__ import annotations

import base64

import pytest

from desk.secrets import BackendInfo, KeyringSecrets, KeyringUnavailable
from desk.store.crypto import (
    DATA_KEY_NAME,
    FieldCipher,
    TokenError,
    field_aad,
    is_token,
    load_or_create_data_key,
)

from .helpers import MemoryKeyring

CANARY = "Fictieve Kanarie-Burger"


@pytest.fixture
def cipher() -> FieldCipher:
    return FieldCipher(FieldCipher.generate_key())


def test_round_trip(cipher: FieldCipher) -> None:
    aad = field_aad("rec-1", "name")
    token = cipher.encrypt(CANARY, aad)
    assert is_token(token) and token.startswith("v1:")
    assert CANARY not in token and CANARY.encode() not in base64.urlsafe_b64decode(token[3:])
    assert cipher.decrypt(token, aad) == CANARY
    assert cipher.decrypt_field(cipher.encrypt_field("é€ 😀", "r", "f"), "r", "f") == "é€ 😀"
    assert cipher.decrypt(cipher.encrypt("", aad), aad) == ""


def test_every_value_gets_a_fresh_nonce(cipher: FieldCipher) -> None:
    aad = field_aad("rec-1", "name")
    tokens = {cipher.encrypt(CANARY, aad) for _ in range(50)}
    assert len(tokens) == 50


def test_tampering_is_detected(cipher: FieldCipher) -> None:
    aad = field_aad("rec-1", "name")
    raw = bytearray(base64.urlsafe_b64decode(cipher.encrypt(CANARY, aad)[3:]))
    for index in (0, 12, len(raw) - 1):  # nonce, ciphertext, tag
        changed = bytearray(raw)
        changed[index] ^= 0x01
        token = "v1:" + base64.urlsafe_b64encode(bytes(changed)).decode()
        with pytest.raises(TokenError, match="gewijzigd"):
            cipher.decrypt(token, aad)


def test_a_value_moved_to_another_record_or_field_does_not_decrypt(cipher: FieldCipher) -> None:
    token = cipher.encrypt(CANARY, field_aad("rec-1", "name"))
    with pytest.raises(TokenError):
        cipher.decrypt(token, field_aad("rec-2", "name"))
    with pytest.raises(TokenError):
        cipher.decrypt(token, field_aad("rec-1", "notes"))
    # The separator keeps ("ab", "c") and ("a", "bc") apart.
    assert field_aad("ab", "c") != field_aad("a", "bc")


def test_another_key_does_not_decrypt(cipher: FieldCipher) -> None:
    other = FieldCipher(FieldCipher.generate_key())
    aad = field_aad("rec-1", "name")
    with pytest.raises(TokenError):
        other.decrypt(cipher.encrypt(CANARY, aad), aad)
    assert other.key_id != cipher.key_id


@pytest.mark.parametrize("token", ["Fictieve Burger", "v2:AAAA", "v1:!!!", "v1:", "v1:" + "A" * 20])
def test_malformed_tokens_are_refused(cipher: FieldCipher, token: str) -> None:
    with pytest.raises(TokenError):
        cipher.decrypt(token, field_aad("r", "f"))


def test_key_length_and_repr() -> None:
    with pytest.raises(ValueError):
        FieldCipher(b"short")
    key = FieldCipher.generate_key()
    assert len(key) == 32
    cipher = FieldCipher(key)
    assert key.hex() not in repr(cipher) and cipher.key_id in repr(cipher)


def test_empty_aad_parts_are_refused() -> None:
    with pytest.raises(ValueError):
        field_aad("", "name")


# --- the key in the keyring ---------------------------------------------------


def test_data_key_is_created_once_and_then_reused(memory_keyring: MemoryKeyring) -> None:
    first = load_or_create_data_key(KeyringSecrets())
    assert ("desk", DATA_KEY_NAME) in memory_keyring.store
    again = load_or_create_data_key(KeyringSecrets())
    assert again.key_id == first.key_id
    aad = field_aad("r", "name")
    assert again.decrypt(first.encrypt(CANARY, aad), aad) == CANARY


def test_no_keyring_means_no_key_and_no_plaintext_fallback(fail_keyring: object) -> None:
    with pytest.raises(KeyringUnavailable) as err:
        load_or_create_data_key(KeyringSecrets())
    assert "anonieme doorverwijzingen" in err.value.message


def test_missing_key_with_existing_data_is_not_silently_replaced(
    memory_keyring: MemoryKeyring,
) -> None:
    with pytest.raises(KeyringUnavailable, match="ontbreekt"):
        load_or_create_data_key(KeyringSecrets(), create=False)
    assert memory_keyring.store == {}


def test_a_damaged_key_is_reported(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.store[("desk", DATA_KEY_NAME)] = "not base64 at all"
    with pytest.raises(KeyringUnavailable, match="beschadigd"):
        load_or_create_data_key(KeyringSecrets())
    memory_keyring.store[("desk", DATA_KEY_NAME)] = base64.b64encode(b"x" * 16).decode()
    with pytest.raises(KeyringUnavailable, match="beschadigd"):
        load_or_create_data_key(KeyringSecrets())


class DroppingStore:
    """A store that accepts secrets and forgets them (like a null backend)."""

    def get(self, name: str) -> str | None:
        return None

    def set(self, name: str, value: str) -> None:
        pass

    def delete(self, name: str) -> None:
        pass

    def info(self) -> BackendInfo:
        return BackendInfo("dropping", "test", True, False, "")


def test_a_store_that_drops_secrets_is_detected() -> None:
    with pytest.raises(KeyringUnavailable):
        load_or_create_data_key(DroppingStore())
