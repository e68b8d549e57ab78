"""Change a referral's status: only the steps the lifecycle allows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk.domain.lifecycle import STATUSES, allowed_next
from desk.domain.referrals import DRAFT
from desk.ui.referrals import labels
from desk.ui.theme import error_css


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatusDialog", text)


def transition_problem(current: str, new: str, shown: str | None = None) -> str | None:
    """A Dutch sentence when *current* -> *new* is not allowed, else None.

    *shown* is what the list shows for *current* ("Klaar om te versturen" for a
    sent referral the server does not have yet); the sentence names that.
    """
    names = labels.statuses()
    now = names.get(shown or current, shown or current)
    if current == DRAFT:
        return _tr("Een concept heeft nog geen status: verstuur het eerst.")
    if new == current:
        return _tr("De doorverwijzing staat al op „{0}”.").format(now)
    allowed = allowed_next(current)
    if new in allowed:
        return None
    if not allowed:
        return _tr("„{0}” is een eindstatus: de status kan niet meer veranderen.").format(now)
    options = ", ".join(names[s] for s in STATUSES if s in allowed)
    return _tr("Van „{0}” kan de doorverwijzing niet naar „{1}”. Wel mogelijk: {2}.").format(
        now, names.get(new, new), options)


class StatusDialog(QDialog):
    """Pick the new status and a note; refuses illegal steps with a clear message."""

    def __init__(self, current: str, parent: QWidget | None = None, *,
                 shown: str | None = None) -> None:
        super().__init__(parent)
        self.current = current
        self.shown = shown or current
        names = labels.statuses()
        self.setWindowTitle(_tr("Status wijzigen"))
        self.setAccessibleName(_tr("Status wijzigen"))
        layout = QVBoxLayout(self)
        intro = QLabel(_tr("Huidige status: {0}").format(names.get(self.shown, self.shown)), self)
        layout.addWidget(intro)
        form = QFormLayout()
        self.status = QComboBox(self)
        self.status.setAccessibleName(_tr("Nieuwe status"))
        allowed = allowed_next(current) if current != DRAFT else frozenset()
        # Allowed steps first; the others stay visible so the refusal can explain why.
        for code in [s for s in STATUSES if s in allowed] + [
                s for s in STATUSES if s not in allowed and s != current]:
            suffix = "" if code in allowed else _tr(" (niet mogelijk)")
            self.status.addItem(names[code] + suffix, code)
        status_label = QLabel(_tr("&Nieuwe status:"), self)
        status_label.setBuddy(self.status)
        form.addRow(status_label, self.status)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(_tr("Notitie bij de statuswijziging"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        note_label = QLabel(_tr("N&otitie (zonder namen):"), self)
        note_label.setBuddy(self.note)
        form.addRow(note_label, self.note)
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(error_css())
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_tr("Status op&slaan"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(_tr("&Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.status.currentIndexChanged.connect(lambda _i: self.problem.hide())
        self.resize(520, 300)

    def chosen(self) -> str:
        return str(self.status.currentData())

    def note_text(self) -> str:
        return self.note.toPlainText().strip()

    def accept(self) -> None:
        problem = transition_problem(self.current, self.chosen(), self.shown)
        if problem:
            self.problem.setText(_tr("Niet mogelijk: {0}").format(problem))
            self.problem.show()
            self.status.setFocus()
            return
        super().accept()
