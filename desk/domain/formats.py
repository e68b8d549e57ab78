"""Belgian (nl-BE) formats for dates, times and numbers.

``local`` (a UTC moment in Belgian local time) comes from :mod:`desk.domain.days`,
which holds the rules for local days.

Pure functions so that the command line, CSV exports, PDF reports and the
GUI all write "28-11-2026", "14:05" and "1.234,5" the same way.
"""

from __future__ import annotations

from datetime import date, datetime

from desk.domain.days import OFFICE_ZONE, local
from desk.messages import msg

#: The office's time zone (kept under its old name for the statistics queries).
BRUSSELS = OFFICE_ZONE

MONTHS_NL = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)


class InvalidValue(ValueError):
    """A ``ValueError`` about typed text whose ``str()`` is the :class:`desk.messages.Message`.

    ``str(exc)`` keeps the message's template, so the UI can show it with
    ``desk.ui.messages.tr_message`` in the employee's language.
    """

    def __str__(self) -> str:
        message = self.args[0] if len(self.args) == 1 else None
        return message if isinstance(message, str) else super().__str__()


def format_date(d: date) -> str:
    """``28-11-2026`` (dd-mm-jjjj)."""
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}"


def format_time(dt: datetime) -> str:
    """``14:05`` in Belgian local time."""
    t = local(dt)
    return f"{t.hour:02d}:{t.minute:02d}"


def format_datetime(dt: datetime) -> str:
    """``28-11-2026 14:05`` in Belgian local time."""
    t = local(dt)
    return f"{format_date(t.date())} {t.hour:02d}:{t.minute:02d}"


def format_number(value: float, decimals: int = 0) -> str:
    """``1.234,5``: a dot for thousands, a comma for decimals."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def parse_date(text: str) -> date:
    """Parse dd-mm-jjjj, dd/mm/jjjj, dd.mm.jjjj or ISO.

    Raises:
        InvalidValue: (a ``ValueError``) with a Dutch :func:`desk.messages.msg`.
    """
    raw = text.strip()
    for sep in ("-", "/", "."):
        parts = raw.split(sep)
        if len(parts) == 3 and all(p.isdigit() for p in parts):
            if len(parts[0]) == 4:
                y, m, d = int(parts[0]), int(parts[1]), int(parts[2])
            elif len(parts[2]) == 4:
                d, m, y = int(parts[0]), int(parts[1]), int(parts[2])
            else:
                break
            try:
                return date(y, m, d)
            except ValueError:
                raise InvalidValue(msg("{0} bestaat niet als datum", raw)) from None
    raise InvalidValue(msg("'{0}' is geen datum; schrijf dd-mm-jjjj, bv. 28-11-2026", raw))
