"""Messages from the core (validation, store, sync, config) that staff read.

The core cannot import Qt, so it cannot call ``tr()``. It writes its messages
in Dutch, the source language, through :func:`msg`: the result is an ordinary
``str`` (the Dutch text, for logs, the command line and tests) that also keeps
its template and arguments. The UI shows it in the employee's language with
``desk.ui.messages.tr_message``, which looks the template up in the
``Messages`` context of the translation catalogue and fills in the arguments.
``python -m tools.i18n update`` (a development tool) collects every ``msg("...")`` call.

Rules for a message: the template is a literal; arguments are data (a code, a
number, a file name), never a sentence that needs translating itself (pass a
``msg()`` then, which is translated on its own); no personal data, because
messages may reach the log.
"""

from __future__ import annotations


class Message(str):
    """Dutch text that remembers how it was made; see the module documentation."""

    template: str
    args: tuple[object, ...]

    def __new__(cls, template: str, *args: object) -> Message:
        text = template.format(*args) if args else template
        self = super().__new__(cls, text)
        self.template = template
        self.args = args
        return self

    def __reduce__(self) -> tuple[object, ...]:
        # Crossing a process or thread boundary by pickle keeps the template.
        return (Message, (self.template, *self.args))


def msg(template: str, *args: object) -> Message:
    """A staff-facing message in Dutch with ``{0}``-style placeholders."""
    return Message(template, *args)
