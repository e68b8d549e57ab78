"""The only place Desk touches :mod:`keyring`, shared by the store and sync.

A neutral leaf: the store keeps its data key here (:mod:`desk.store.crypto`),
sync its device token (:mod:`desk.sync.enrollment`); it imports neither.

Secrets (the device token, the data key for field encryption) live in the
OS keyring under the service name ``"desk"``. Desk never chooses the
backend: keyring's own configuration (``PYTHON_KEYRING_BACKEND``,
``keyringrc.cfg``) decides, so IT can pick one. :func:`backend_info` says
which backend is active, whether it encrypts, and explains it in Dutch for
the UI.

Secret *values* are never logged or put in an error message; only names.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Final, Protocol

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from desk.errors import EnvironmentFault
from desk.messages import msg

__all__ = [
    "SERVICE",
    "BackendInfo",
    "KeyringSecrets",
    "KeyringUnavailable",
    "SecretStore",
    "backend_info",
    "delete_secret",
    "get_secret",
    "set_secret",
]

log = logging.getLogger(__name__)

SERVICE: Final = "desk"

# Backends that keep secrets in encrypted OS stores, by "module.Class".
# Labels with Dutch words are messages (translated in the UI); product names are not.
_ENCRYPTING: Final[dict[str, str]] = {
    "keyring.backends.SecretService.Keyring": msg("Secret Service (GNOME-sleutelbos of KWallet)"),
    "keyring.backends.libsecret.Keyring": "Secret Service (libsecret)",
    "keyring.backends.kwallet.DBusKeyring": "KDE KWallet",
    "keyring.backends.kwallet.DBusKeyringKWallet4": "KDE KWallet 4",
    "keyring.backends.Windows.WinVaultKeyring": msg("Windows Referentiebeheer"),
    "keyring.backends.macOS.Keyring": msg("macOS-sleutelhanger"),
    "keyrings.alt.file.EncryptedKeyring": msg("versleuteld bestand (keyrings.alt)"),
    "keyrings.cryptfile.cryptfile.CryptFileKeyring": msg(
        "versleuteld bestand (keyrings.cryptfile)"
    ),
}
# Backends that do not keep secrets at all: Desk treats them as "no keyring".
_UNUSABLE: Final[dict[str, str]] = {
    "keyring.backends.fail.Keyring": msg("geen sleutelbos gevonden"),
    "keyring.backends.null.Keyring": msg("sleutelbos uitgeschakeld (null-backend)"),
}

class KeyringUnavailable(EnvironmentFault):
    """No usable keyring: secrets cannot be stored or read.

    The message says what to do (each message about a missing keyring repeats
    that advice: it is one whole template, translated as a whole); ``detail``
    names the backend and the underlying error for the log (never a secret value).
    """

    def __init__(self, message: str = "", *, detail: str = "") -> None:
        super().__init__(
            message
            or msg(
                "Desk kan geen geheimen veilig bewaren op deze computer. "
                "Vraag IT om een sleutelbos in te stellen (in Windows: Referentiebeheer; "
                "in Linux: GNOME-sleutelbos of KWallet, of kies er een met "
                "PYTHON_KEYRING_BACKEND of keyringrc.cfg) en start Desk opnieuw. Tot dan "
                "werkt Desk zonder verbinding met de centrale dienst en kunt u alleen "
                "anonieme doorverwijzingen maken."
            ),
            detail=detail,
        )


@dataclass(frozen=True)
class BackendInfo:
    """What the active keyring backend is and what it means for the user."""

    name: str  # "module.Class" of the backend, for IT and the log
    label: str  # for the UI (a msg() when it has Dutch words): where secrets are kept
    usable: bool
    encrypts: bool
    explanation: str  # a msg(), one or two sentences


class SecretStore(Protocol):
    """What the store and the sync client need from a secret store."""

    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> None: ...
    def info(self) -> BackendInfo: ...


def _qualname(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _describe(backend: KeyringBackend) -> BackendInfo:
    name = _qualname(backend)
    if name in _UNUSABLE:
        return BackendInfo(
            name=name,
            label=_UNUSABLE[name],
            usable=False,
            encrypts=False,
            explanation=msg(
                "Er is geen bruikbare sleutelbos ({0}). "
                "Vraag IT om een sleutelbos in te stellen (in Windows: Referentiebeheer; "
                "in Linux: GNOME-sleutelbos of KWallet, of kies er een met "
                "PYTHON_KEYRING_BACKEND of keyringrc.cfg) en start Desk opnieuw. Tot dan "
                "werkt Desk zonder verbinding met de centrale dienst en kunt u alleen "
                "anonieme doorverwijzingen maken.",
                _UNUSABLE[name],
            ),
        )
    if name == "keyring.backends.chainer.ChainerBackend":
        chained = [_describe(b) for b in getattr(backend, "backends", [])]
        chained = [info for info in chained if info.usable]
        if not chained:
            return BackendInfo(
                name=name,
                label=msg("geen sleutelbos gevonden"),
                usable=False,
                encrypts=False,
                explanation=msg(
                    "Er is geen bruikbare sleutelbos. "
                    "Vraag IT om een sleutelbos in te stellen (in Windows: Referentiebeheer; "
                    "in Linux: GNOME-sleutelbos of KWallet, of kies er een met "
                    "PYTHON_KEYRING_BACKEND of keyringrc.cfg) en start Desk opnieuw. Tot dan "
                    "werkt Desk zonder verbinding met de centrale dienst en kunt u alleen "
                    "anonieme doorverwijzingen maken."
                ),
            )
        # Writes go to the first backend in the chain.
        first = chained[0]
        return BackendInfo(
            name=f"{name} -> {first.name}",
            label=first.label,
            usable=True,
            encrypts=first.encrypts,
            explanation=first.explanation,
        )
    if name in _ENCRYPTING:
        label = _ENCRYPTING[name]
        return BackendInfo(
            name=name,
            label=label,
            usable=True,
            encrypts=True,
            explanation=msg("Geheimen staan versleuteld in {0}.", label),
        )
    return BackendInfo(
        name=name,
        label=msg("sleutelbos {0}", type(backend).__name__),
        usable=True,
        encrypts=False,
        explanation=msg(
            "De gekozen sleutelbos ({0}) versleutelt de geheimen niet, of Desk kan niet "
            "nagaan of hij dat doet. Iemand met toegang tot deze computer kan ze mogelijk "
            "lezen. Vraag IT om een versleutelde sleutelbos te kiezen.",
            name,
        ),
    )


def backend_info() -> BackendInfo:
    """Describe the keyring backend that keyring's own configuration selected."""
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyringrc.cfg raises almost anything
        log.warning("keyring backend could not be initialised: %s", type(exc).__name__)
        return BackendInfo(
            name="(init error)",
            label=msg("geen sleutelbos"),
            usable=False,
            encrypts=False,
            explanation=msg(
                "De sleutelbos kon niet gestart worden. "
                "Vraag IT om een sleutelbos in te stellen (in Windows: Referentiebeheer; "
                "in Linux: GNOME-sleutelbos of KWallet, of kies er een met "
                "PYTHON_KEYRING_BACKEND of keyringrc.cfg) en start Desk opnieuw. Tot dan "
                "werkt Desk zonder verbinding met de centrale dienst en kunt u alleen "
                "anonieme doorverwijzingen maken."
            ),
        )
    return _describe(backend)


def _unavailable(action: str, name: str, exc: BaseException) -> KeyringUnavailable:
    info = backend_info()
    # On "set" the backend's message could echo the value: keep only the type.
    reason = type(exc).__name__ if action == "set" else f"{type(exc).__name__}: {exc}"
    detail = f"{action} '{name}' via {info.name}: {reason}"
    log.warning("keyring %s of %r failed (%s)", action, name, type(exc).__name__)
    if isinstance(exc, keyring.errors.KeyringLocked):
        return KeyringUnavailable(
            msg(
                "De sleutelbos is vergrendeld. Ontgrendel hem (meld u opnieuw aan op de "
                "computer of open de sleutelbos) en probeer opnieuw."
            ),
            detail=detail,
        )
    return KeyringUnavailable(detail=detail)


def _require_usable(action: str, name: str) -> None:
    info = backend_info()
    if not info.usable:
        raise KeyringUnavailable(detail=f"{action} '{name}': backend {info.name} is not usable")


def get_secret(name: str) -> str | None:
    """The secret *name*, or ``None`` if it was never stored.

    Raises:
        KeyringUnavailable: no usable keyring, or it refused (locked, D-Bus down, ...).
    """
    _require_usable("get", name)
    try:
        return keyring.get_password(SERVICE, name)
    except (keyring.errors.KeyringError, OSError) as exc:
        raise _unavailable("get", name, exc) from exc


def set_secret(name: str, value: str) -> None:
    """Store *value* under *name*, replacing an existing one.

    Raises:
        KeyringUnavailable: no usable keyring, or it refused.
    """
    _require_usable("set", name)
    try:
        keyring.set_password(SERVICE, name, value)
    except (keyring.errors.KeyringError, OSError) as exc:
        # Never chain the original: some backends echo the password in their message.
        raise _unavailable("set", name, exc) from None
    log.info("secret %r stored in keyring", name)


def delete_secret(name: str) -> None:
    """Remove *name*; nothing happens if it does not exist.

    Raises:
        KeyringUnavailable: no usable keyring, or it refused.
    """
    _require_usable("delete", name)
    try:
        keyring.delete_password(SERVICE, name)
    except keyring.errors.PasswordDeleteError:
        return  # already gone
    except (keyring.errors.KeyringError, OSError) as exc:
        raise _unavailable("delete", name, exc) from exc
    log.info("secret %r deleted from keyring", name)


class KeyringSecrets:
    """:class:`SecretStore` on the OS keyring (the module functions as an object)."""

    def get(self, name: str) -> str | None:
        return get_secret(name)

    def set(self, name: str, value: str) -> None:
        set_secret(name, value)

    def delete(self, name: str) -> None:
        delete_secret(name)

    def info(self) -> BackendInfo:
        return backend_info()
