"""Authenticated encryption of personal fields (AES-256-GCM).

Each value gets a fresh random 96-bit nonce. The associated data binds a
ciphertext to its record and field (:func:`field_aad`), so a value copied
into another record or column fails to decrypt instead of showing the wrong
person's name. Tokens are text, for TEXT columns::

    v1:<urlsafe base64 of nonce(12) + ciphertext + tag(16)>

The key lives in the OS keyring (:func:`load_or_create_data_key`). There is
no plaintext fallback: without a keyring, callers get
:class:`~desk.secrets.KeyringUnavailable` and must disable personal data.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
import os
from typing import Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desk.errors import DeskError
from desk.messages import msg
from desk.secrets import KeyringUnavailable, SecretStore

__all__ = [
    "DATA_KEY_NAME",
    "FieldCipher",
    "TokenError",
    "field_aad",
    "is_token",
    "load_or_create_data_key",
]

log = logging.getLogger(__name__)

KEY_BYTES: Final = 32
NONCE_BYTES: Final = 12
TAG_BYTES: Final = 16
PREFIX: Final = "v1:"
DATA_KEY_NAME: Final = "data-key"


class TokenError(DeskError):
    """A stored value could not be decrypted: tampered, moved, or another key.

    Carries no plaintext and no key material.
    """


def field_aad(record_id: str, field: str) -> bytes:
    """Associated data for *field* of record *record_id* (also binds the format version)."""
    if not record_id or not field:
        raise ValueError("record id and field name are required")
    return b"desk-field/v1\x00" + record_id.encode() + b"\x00" + field.encode()


def is_token(value: str) -> bool:
    """Whether *value* looks like a token (for migrations and sanity checks)."""
    return value.startswith(PREFIX)


class FieldCipher:
    """Encrypts and decrypts text fields with one 256-bit key."""

    def __init__(self, key: bytes) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError(f"the data key must be {KEY_BYTES} bytes")
        self._aead = AESGCM(key)
        # A fingerprint to store next to encrypted data: tells "wrong key"
        # apart from "tampered" when the keyring was reset.
        self.key_id = hmac.new(key, b"desk key id", hashlib.sha256).hexdigest()[:16]

    def __repr__(self) -> str:  # never show the key
        return f"FieldCipher(key_id={self.key_id})"

    @staticmethod
    def generate_key() -> bytes:
        return AESGCM.generate_key(bit_length=KEY_BYTES * 8)

    def encrypt(self, text: str, aad: bytes) -> str:
        """Encrypt *text*; the token only decrypts with the same *aad*."""
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, text.encode("utf-8"), aad)
        return PREFIX + base64.urlsafe_b64encode(nonce + sealed).decode("ascii")

    def decrypt(self, token: str, aad: bytes) -> str:
        """Decrypt a token made by :meth:`encrypt` with the same *aad*.

        Raises:
            TokenError: unknown format, damaged, tampered with, moved to
                another record or field, or encrypted with another key.
        """
        if not token.startswith(PREFIX):
            raise TokenError(
                msg("Een versleuteld veld heeft een onbekend formaat."),
                detail="token without v1: prefix",
            )
        try:
            raw = base64.urlsafe_b64decode(token[len(PREFIX) :].encode("ascii"))
        except (binascii.Error, ValueError, UnicodeEncodeError):
            raise TokenError(
                msg("Een versleuteld veld is beschadigd."), detail="token is not base64"
            ) from None
        if len(raw) < NONCE_BYTES + TAG_BYTES:
            raise TokenError(msg("Een versleuteld veld is beschadigd."), detail="token too short")
        try:
            plain = self._aead.decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], aad)
        except InvalidTag:
            raise TokenError(
                msg(
                    "Een versleuteld veld kan niet gelezen worden: het is gewijzigd, "
                    "hoort bij een ander record, of de sleutel in de sleutelbos is niet "
                    "meer dezelfde."
                ),
                detail=f"authentication failed (key_id={self.key_id})",
            ) from None
        return plain.decode("utf-8")

    def encrypt_field(self, text: str, record_id: str, field: str) -> str:
        return self.encrypt(text, field_aad(record_id, field))

    def decrypt_field(self, token: str, record_id: str, field: str) -> str:
        return self.decrypt(token, field_aad(record_id, field))


def load_or_create_data_key(
    secrets: SecretStore, *, name: str = DATA_KEY_NAME, create: bool = True
) -> FieldCipher:
    """The cipher for personal fields, with its key from the keyring.

    On first use a random key is created, stored and read back (a backend
    that silently drops secrets would otherwise make the data unreadable on
    the next start).

    Args:
        secrets: usually :class:`desk.secrets.KeyringSecrets`.
        name: the secret's name in the keyring.
        create: pass ``False`` when the database already holds encrypted
            data: a missing key then raises instead of starting a new one.

    Raises:
        KeyringUnavailable: no usable keyring, the key is missing while
            ``create`` is false, or the stored key is damaged.
    """
    stored = secrets.get(name)
    if stored is not None:
        try:
            key = base64.b64decode(stored.encode("ascii"), validate=True)
        except (binascii.Error, ValueError, UnicodeEncodeError):
            key = b""
        if len(key) != KEY_BYTES:
            raise KeyringUnavailable(
                msg(
                    "De sleutel voor persoonsgegevens in de sleutelbos is beschadigd. "
                    "Neem contact op met IT; maak tot dan alleen anonieme doorverwijzingen."
                ),
                detail=f"secret {name!r} is not a base64 {KEY_BYTES}-byte key",
            )
        return FieldCipher(key)
    if not create:
        raise KeyringUnavailable(
            msg(
                "De sleutel voor persoonsgegevens ontbreekt in de sleutelbos, terwijl er al "
                "versleutelde gegevens zijn. Neem contact op met IT; maak tot dan alleen "
                "anonieme doorverwijzingen."
            ),
            detail=f"secret {name!r} missing and creation not allowed",
        )
    key = FieldCipher.generate_key()
    encoded = base64.b64encode(key).decode("ascii")
    secrets.set(name, encoded)
    if secrets.get(name) != encoded:
        raise KeyringUnavailable(
            detail=f"keyring accepted {name!r} but does not return it unchanged"
        )
    cipher = FieldCipher(key)
    log.info("created a new data key (key_id=%s)", cipher.key_id)
    return cipher
