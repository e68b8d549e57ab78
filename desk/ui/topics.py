"""Free topics of the case log as the employee reads them.

A topic is stored as its Dutch text (``topic:Belastingen``), the same on every
desk and in the central statistics, whatever language the employee works in.
The topics Desk ships (:data:`desk.config.DEFAULT_TOPICS`) are shown in the UI
language; topics IT or the employee typed themselves are shown as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Topics", text)


def default_topic_names() -> dict[str, str]:
    """Each shipped topic (as stored) and its name in the UI language."""
    return {
        "Attesten en uittreksels": _tr("Attesten en uittreksels"),
        "Identiteitskaart en PIN": _tr("Identiteitskaart en PIN"),
        "Afspraak maken": _tr("Afspraak maken"),
        "Belastingen": _tr("Belastingen"),
        "Sociale voordelen": _tr("Sociale voordelen"),
        "Wonen en premies": _tr("Wonen en premies"),
        "Mobiliteit en parkeren": _tr("Mobiliteit en parkeren"),
        "Afval en omgeving": _tr("Afval en omgeving"),
        "Andere vraag": _tr("Andere vraag"),
    }


def topic_name(text: str) -> str:
    """A free topic's text (without ``topic:``) as shown: translated when Desk ships it."""
    return default_topic_names().get(text, text)


def topic_text(topic: str) -> str:
    """A stored topic (``topic:…`` or ``guide:…``) as shown in lists and filters."""
    from desk.domain.cases import topic_label

    shown = topic_label(topic)
    return topic_name(shown) if topic.startswith("topic:") else shown
