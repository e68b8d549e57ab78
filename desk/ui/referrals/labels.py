"""Labels for the referral codes, through Qt's translator.

The codes and their Dutch labels come from the one vocabulary
(:mod:`desk.domain.vocab`). They are shared terms (:mod:`desk.ui.terms`, context
``Vocabulary``): a word that the case log, the guides or the statistics use
too is translated once; the translation tool registers the vocabulary's
tables (``DYNAMIC`` in ``tools/i18n.py``).
"""

from __future__ import annotations

from collections.abc import Mapping

from desk.domain import vocab
from desk.ui.languages import with_own_name
from desk.ui.terms import term as _tr


def _translated(table: Mapping[str, str]) -> dict[str, str]:
    return {code: _tr(text) for code, text in table.items()}


def needs() -> dict[str, str]:
    return _translated(vocab.NEED_LABELS)


def barriers() -> dict[str, str]:
    return _translated(vocab.BARRIER_LABELS)


def urgencies() -> dict[str, str]:
    return _translated(vocab.URGENCY_LABELS)


def channels() -> dict[str, str]:
    return _translated(vocab.CONTACT_CHANNEL_LABELS)


def statuses() -> dict[str, str]:
    """Every status a referral on this desk can show: the draft, "ready to send", then the
    lifecycle's (see ``desk.domain.referrals.shown_status``)."""
    return _translated({vocab.DRAFT: vocab.DRAFT_LABEL,
                        vocab.READY_TO_SEND: vocab.READY_TO_SEND_LABEL, **vocab.STATUS_LABELS})


def sync_states() -> dict[str, str]:
    return {
        "pending": _tr("Wacht op verzending"),
        "synced": _tr("Verzonden"),
        "quarantined": _tr("Geweigerd door server"),
        "conflict": _tr("Conflict"),
        "local": _tr("Alleen op deze computer"),
    }


def citizen_languages() -> dict[str, str]:
    """The languages for the citizen to choose from, each by its own name first."""
    return {code: with_own_name(code, name) for code, name in languages().items()}


def languages() -> dict[str, str]:
    """Languages offered for the citizen (consent text and letter where available)."""
    return {
        "nl": _tr("Nederlands"),
        "fr": _tr("Frans"),
        "en": _tr("Engels"),
        "de": _tr("Duits"),
        "ar": _tr("Arabisch"),
        "tr": _tr("Turks"),
        "uk": _tr("Oekraïens"),
        "ru": _tr("Russisch"),
        "pl": _tr("Pools"),
        "ro": _tr("Roemeens"),
        "es": _tr("Spaans"),
    }


def municipalities() -> dict[str, str]:
    # Place names are not translated.
    return dict(vocab.MUNICIPALITY_NAMES)


def day(moment: object) -> str:
    """``28-11-2026`` in Belgian local time (for datetimes and dates)."""
    from datetime import date, datetime

    from desk.domain.days import local

    if isinstance(moment, datetime):
        moment = local(moment).date()
    assert isinstance(moment, date)
    return f"{moment.day:02d}-{moment.month:02d}-{moment.year:04d}"


def day_time(moment: object) -> str:
    """``28-11-2026 14:05`` in Belgian local time."""
    from datetime import datetime

    from desk.domain.days import local

    assert isinstance(moment, datetime)
    t = local(moment)
    return f"{day(moment)} {t.hour:02d}:{t.minute:02d}"
