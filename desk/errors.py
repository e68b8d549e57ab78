"""One error hierarchy for Desk.

The split matters to the person in front of the screen: an
:class:`EnvironmentFault` is something about this machine (a full disk, a
locked database, no display, no keyring) that IT or the user can fix, and is
shown as a plain message (in Dutch, or translated by the UI) without a
traceback.  Anything that is not a :class:`DeskError` is a bug: it is logged
with its traceback and shown once.
"""

from __future__ import annotations


class DeskError(Exception):
    """Base of every error Desk raises on purpose.

    ``message`` is meant for people: Dutch, made with :func:`desk.messages.msg`
    so that the UI can show it in the employee's language (it is kept as that
    :class:`~desk.messages.Message`, never turned back into a plain ``str``).
    ``detail`` is for the log and the helpdesk, plain text, not translated.
    Neither may contain personal data.
    """

    #: Process exit code used when this error ends a command.
    exit_code = 1

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message if not self.detail else f"{self.message} ({self.detail})"


class EnvironmentFault(DeskError):
    """Something about the machine: disk, database lock, display, keyring, share."""

    exit_code = 2


class ConfigError(DeskError):
    """A configuration file is invalid. Carries file, key and line."""

    def __init__(
        self,
        message: str,
        *,
        path: str = "",
        key: str = "",
        line: int | None = None,
        detail: str = "",
    ) -> None:
        super().__init__(message, detail=detail)
        self.path = path
        self.key = key
        self.line = line

    def location(self) -> str:
        """``file:line`` (or just the file) for messages and logs."""
        if self.line is not None:
            return f"{self.path}:{self.line}"
        return self.path


class InputError(DeskError):
    """Bad input from a person or a file: say what is wrong and where."""


class StoreError(EnvironmentFault):
    """The local database cannot be used (corrupt, locked, read-only, on a share)."""
