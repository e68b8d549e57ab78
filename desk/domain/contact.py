"""Phone numbers and e-mail addresses as citizens type them at the counter.

Staff copy numbers from a card, a letter or what the citizen says, so the
input comes in every shape: ``056 12 34 56``, ``0470/12.34.56``,
``+32 (0)470 12 34 56``, ``0032 470 ...``. We store one canonical form
(E.164, ``+3247012 3456`` without spaces) and show the Belgian form again.

Messages end up next to the field in the form: they are Dutch
:func:`desk.messages.msg` messages, which the UI shows in the employee's language.
"""

from __future__ import annotations

import re
from typing import Final

from desk.errors import InputError
from desk.messages import msg

__all__ = [
    "InvalidContactError",
    "email_problem",
    "format_phone",
    "is_belgian_mobile",
    "normalise_email",
    "normalise_phone",
    "phone_problem",
]

# Characters people use to group digits. Anything else (letters, "#", ...) is refused.
_SEPARATORS: Final = re.compile(r"[\s./\-()]")
_TRUNK_IN_BRACKETS: Final = re.compile(r"^\+(\d{1,3})\s*\(0\)")
# Belgian zones with a one-digit area code: Brussels, Antwerp, Liège, Ghent.
_ONE_DIGIT_ZONES: Final = frozenset("2349")
_EMAIL: Final = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@"
    r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"
)


class InvalidContactError(InputError):
    """A phone number or e-mail address that cannot be used.

    ``error.message`` (and ``str(error)``) is a Dutch :func:`desk.messages.msg`
sentence fit to show next to the field.
    """


def normalise_phone(raw: str) -> str:
    """Return *raw* as an E.164 number (``+3256123456``).

    Accepts Belgian national numbers (``056 12 34 56``, ``0470 12 34 56``) and
    international ones (``+32 470 ...``, ``0032 470 ...``, ``+33 6 ...``).

    Raises:
        InvalidContactError: letters, too few or too many digits, or a Belgian
            number that has the wrong length.
    """
    text = raw.strip()
    if not text:
        raise InvalidContactError(msg("Vul een telefoonnummer in."))
    text = _TRUNK_IN_BRACKETS.sub(r"+\1", text)
    compact = _SEPARATORS.sub("", text)
    if compact.startswith("+"):
        digits = compact[1:]
    elif compact.startswith("00"):
        digits = compact[2:]
    elif compact.startswith("0"):
        digits = "32" + compact[1:]
    else:
        if compact.isdigit():
            raise InvalidContactError(
                msg("Begin het nummer met 0 (bijvoorbeeld 056 12 34 56) of met + en de landcode.")
            )
        digits = compact
    if not digits.isdigit():
        raise InvalidContactError(
            msg("Een telefoonnummer bevat alleen cijfers, spaties en eventueel + vooraan.")
        )
    if digits.startswith("32"):
        national = digits[2:]
        if national.startswith("0"):
            raise InvalidContactError(msg("Na +32 komt geen 0 meer: schrijf +32 56 12 34 56."))
        if national.startswith("4") and len(national) == 9:
            return "+" + digits
        if len(national) == 8:
            return "+" + digits
        if len(national) < 8:
            raise InvalidContactError(
                msg("Dit telefoonnummer is te kort. Een Belgisch nummer heeft 9 of 10 cijfers.")
            )
        raise InvalidContactError(
            msg("Dit telefoonnummer is te lang. Een Belgisch nummer heeft 9 of 10 cijfers.")
        )
    # E.164 allows at most 15 digits including the country code.
    if len(digits) < 8:
        raise InvalidContactError(msg("Dit telefoonnummer is te kort."))
    if len(digits) > 15:
        raise InvalidContactError(msg("Dit telefoonnummer is te lang."))
    return "+" + digits


def phone_problem(raw: str) -> str | None:
    """The Dutch message for an unusable phone number, or ``None`` if it is fine."""
    try:
        normalise_phone(raw)
    except InvalidContactError as exc:
        return exc.message
    return None


def is_belgian_mobile(number: str) -> bool:
    """Whether the E.164 *number* is a Belgian mobile number (SMS possible)."""
    return number.startswith("+324") and len(number) == 12


def format_phone(number: str) -> str:
    """Show an E.164 number the way people read it in Belgium.

    ``+3256123456`` -> ``056 12 34 56``; ``+32470123456`` -> ``0470 12 34 56``;
    ``+3221234567`` -> ``02 123 45 67``. Foreign numbers keep their ``+``.
    Input that is not E.164 is returned unchanged.
    """
    if not number.startswith("+32") or not number[1:].isdigit():
        if number.startswith("+") and number[1:].isdigit():
            rest = number[1:]
            groups = [rest[i : i + 3] for i in range(0, len(rest), 3)]
            return "+" + " ".join(groups)
        return number
    national = "0" + number[3:]
    if len(national) == 10:  # mobile 04xx xx xx xx
        return f"{national[:4]} {national[4:6]} {national[6:8]} {national[8:]}"
    if len(national) == 9:
        if national[1] in _ONE_DIGIT_ZONES:
            return f"{national[:2]} {national[2:5]} {national[5:7]} {national[7:]}"
        return f"{national[:3]} {national[3:5]} {national[5:7]} {national[7:]}"
    return national


def normalise_email(raw: str) -> str:
    """Return *raw* trimmed, with the domain in lower case.

    Raises:
        InvalidContactError: when it does not look like ``naam@voorbeeld.be``.
    """
    text = raw.strip()
    if not text:
        raise InvalidContactError(msg("Vul een e-mailadres in."))
    if any(ch.isspace() for ch in text):
        raise InvalidContactError(msg("Een e-mailadres bevat geen spaties."))
    if text.count("@") != 1:
        raise InvalidContactError(
            msg("Een e-mailadres bevat precies één @, zoals naam@voorbeeld.be.")
        )
    local, _, domain = text.partition("@")
    if not local or ".." in text or local.startswith(".") or local.endswith("."):
        raise InvalidContactError(msg("Het deel vóór de @ is niet geldig."))
    if len(text) > 254 or not _EMAIL.match(text):
        raise InvalidContactError(
            msg("Dit e-mailadres is niet geldig. Voorbeeld: naam@voorbeeld.be.")
        )
    return f"{local}@{domain.lower()}"


def email_problem(raw: str) -> str | None:
    """The Dutch message for an unusable e-mail address, or ``None`` if it is fine."""
    try:
        normalise_email(raw)
    except InvalidContactError as exc:
        return exc.message
    return None
