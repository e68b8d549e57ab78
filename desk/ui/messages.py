"""Show the core's messages (:mod:`desk.messages`) in the employee's language."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from desk.messages import Message

CONTEXT = "Messages"


def tr_message(text: str) -> str:
    """The translation of a core message; any other text comes back as it is.

    Code that joins messages must translate each one first: a joined ``str``
    is no longer a :class:`Message`.
    """
    if isinstance(text, Message):
        args = [tr_message(a) if isinstance(a, Message) else a for a in text.args]
        template = QCoreApplication.translate(CONTEXT, text.template) or text.template
        try:
            return template.format(*args)
        except (IndexError, KeyError, ValueError):
            return str(text)  # a broken translation must not hide the message
    return text


def tr_messages(texts: Mapping[str, str]) -> dict[str, str]:
    """A field -> message map (validation errors) in the employee's language."""
    return {field: tr_message(text) for field, text in texts.items()}
