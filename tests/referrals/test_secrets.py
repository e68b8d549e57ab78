from __future__ import annotations

import logging

import keyring
import keyring.core
import pytest
from keyring.backends import SecretService, chainer, null

from desk import secrets
from desk.errors import EnvironmentFault
from desk.secrets import KeyringSecrets, KeyringUnavailable, backend_info

from .helpers import MemoryKeyring

SECRET = "s3cr3t-value-never-logged"


def test_set_get_delete_use_the_desk_service(memory_keyring: MemoryKeyring) -> None:
    secrets.set_secret("device-token", SECRET)
    assert memory_keyring.store == {("desk", "device-token"): SECRET}
    assert secrets.get_secret("device-token") == SECRET
    secrets.delete_secret("device-token")
    assert secrets.get_secret("device-token") is None
    secrets.delete_secret("device-token")  # deleting twice is fine


def test_keyring_secrets_object_is_the_same_store(memory_keyring: MemoryKeyring) -> None:
    store = KeyringSecrets()
    store.set("x", "1")
    assert secrets.get_secret("x") == "1"
    store.delete("x")
    assert store.get("x") is None
    assert store.info().usable


def test_secret_values_are_never_logged(
    memory_keyring: MemoryKeyring, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    secrets.set_secret("device-token", SECRET)
    secrets.get_secret("device-token")
    memory_keyring.locked = True
    with pytest.raises(KeyringUnavailable) as err:
        secrets.set_secret("device-token", SECRET)
    assert SECRET not in caplog.text
    assert SECRET not in str(err.value) and SECRET not in err.value.detail
    assert err.value.__cause__ is None  # the backend's exception is not chained on set


def test_fail_backend_gives_a_clear_dutch_error(fail_keyring: object) -> None:
    info = backend_info()
    assert (info.usable, info.encrypts) == (False, False)
    assert info.name == "keyring.backends.fail.Keyring"
    for call in (
        lambda: secrets.get_secret("device-token"),
        lambda: secrets.set_secret("device-token", SECRET),
        lambda: secrets.delete_secret("device-token"),
    ):
        with pytest.raises(KeyringUnavailable) as err:
            call()
        assert isinstance(err.value, EnvironmentFault)
        assert "sleutelbos" in err.value.message and "IT" in err.value.message
        assert "anonieme doorverwijzingen" in err.value.message


def test_null_backend_is_not_usable(restore_keyring: None) -> None:
    keyring.set_keyring(null.Keyring())
    assert not backend_info().usable
    with pytest.raises(KeyringUnavailable):
        secrets.set_secret("x", "y")


def test_locked_keyring_says_unlock(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.locked = True
    with pytest.raises(KeyringUnavailable, match="vergrendeld"):
        secrets.get_secret("device-token")


def test_os_backends_count_as_encrypted(restore_keyring: None) -> None:
    keyring.set_keyring(SecretService.Keyring())
    info = backend_info()
    assert (info.usable, info.encrypts) == (True, True)
    assert "Secret Service" in info.label and "versleuteld" in info.explanation


def test_unknown_backends_are_usable_but_flagged_as_not_encrypting(
    memory_keyring: MemoryKeyring,
) -> None:
    info = backend_info()
    assert info.usable and not info.encrypts
    assert "versleutelt de geheimen niet" in info.explanation


def test_an_empty_chain_is_not_usable(
    restore_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [], raising=False)
    keyring.set_keyring(chainer.ChainerBackend())
    assert not backend_info().usable


def test_python_keyring_backend_is_honoured(
    restore_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # IT chooses the backend; Desk only reports what keyring picked.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    keyring.core.init_backend()
    assert backend_info().name == "keyring.backends.null.Keyring"
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    keyring.core.init_backend()
    assert backend_info().name == "keyring.backends.fail.Keyring"


def test_desk_never_sets_the_backend_itself() -> None:
    import inspect

    source = inspect.getsource(secrets)
    assert "set_keyring" not in source and "init_backend" not in source
