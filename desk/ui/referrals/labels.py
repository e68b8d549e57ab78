"""Dutch labels for the referral codes, through Qt's translator.

The literal strings sit in this file so that ``pyside6-lupdate`` finds them;
the domain keeps the same Dutch text for letters and messages.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desk.ui.languages import with_own_name


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReferralLabels", text)


def needs() -> dict[str, str]:
    return {
        "device_basics": _tr("Basisgebruik computer of tablet"),
        "smartphone": _tr("Smartphone gebruiken"),
        "internet_access": _tr("Toegang tot internet"),
        "email": _tr("E-mail"),
        "eid_itsme": _tr("eID en itsme"),
        "egov": _tr("Online overheidsdiensten"),
        "online_banking": _tr("Online bankieren"),
        "online_safety": _tr("Veilig online"),
        "device_lending": _tr("Een toestel lenen"),
        "affordable_internet": _tr("Betaalbaar internet"),
    }


def barriers() -> dict[str, str]:
    return {
        "no_device": _tr("Geen toestel"),
        "no_internet": _tr("Geen internet"),
        "cost": _tr("Kosten"),
        "literacy": _tr("Lezen en schrijven"),
        "language": _tr("Taal"),
        "disability": _tr("Beperking"),
        "fear_distrust": _tr("Angst of wantrouwen"),
        "other": _tr("Andere"),
    }


def urgencies() -> dict[str, str]:
    return {"low": _tr("Niet dringend"), "normal": _tr("Normaal"), "high": _tr("Dringend")}


def channels() -> dict[str, str]:
    return {
        "phone": _tr("Telefoon"),
        "sms": _tr("Sms"),
        "email": _tr("E-mail"),
        "none_i_will_go": _tr("Contacteer mij niet; ik ga zelf"),
    }


def statuses() -> dict[str, str]:
    return {
        "draft": _tr("Concept"),
        "sent": _tr("Verstuurd"),
        "received": _tr("Ontvangen"),
        "contact_made": _tr("Contact gelegd"),
        "first_session": _tr("Eerste sessie gevolgd"),
        "completed": _tr("Afgerond"),
        "no_show": _tr("Niet opgedaagd"),
        "declined": _tr("Geweigerd"),
        "no_capacity": _tr("Geen plaats"),
        "referred_elsewhere": _tr("Elders doorverwezen"),
        "cancelled": _tr("Geannuleerd"),
    }


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
    from desk.domain.referrals.vocab import MUNICIPALITIES

    # Place names are not translated.
    return dict(MUNICIPALITIES)


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
