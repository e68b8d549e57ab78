"""Change a referral's status: only the steps the lifecycle and this desk's role allow."""

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

from desk.domain.lifecycle import STATUS_ROLES, STATUSES, allowed_next, role_may_change
from desk.domain.referrals import DRAFT
from desk.ui.referrals import labels
from desk.ui.theme import error_css


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatusDialog", text)


def may_change_status(role: str | None) -> bool:
    """Whether this desk may change a referral's status at all (a reviewer's may not)."""
    return not role or role in STATUS_ROLES or role == "counter"


def steps_for(current: str, role: str | None) -> frozenset[str]:
    """The statuses this desk may move a referral in *current* to.

    The lifecycle's steps, narrowed by the desk's enrolled *role* through the server's
    own rule (:func:`desk.domain.lifecycle.role_may_change`), so the screen never offers
    a step the central service will refuse. An unenrolled desk (no role) has only the
    lifecycle: its changes wait in the outbox and meet the rule when it enrols. A counter
    may cancel only what it made itself; the desk does not keep which device made a
    referral of its organisation (the server does), so it offers cancelling and the
    dialog says that this works only for a referral made on this computer.
    """
    allowed = allowed_next(current)
    if not role:
        return allowed
    return frozenset(s for s in allowed if role_may_change(role, current, s, own=True))


def transition_problem(current: str, new: str, shown: str | None = None,
                       role: str | None = None) -> str | None:  # fmt: skip
    """A Dutch sentence when *current* -> *new* is not allowed here, else None.

    *shown* is what the list shows for *current* ("Klaar om te versturen" for a
    sent referral the server does not have yet); the sentence names that. *role* is
    the role this desk is enrolled with (None when it is not enrolled).
    """
    names = labels.statuses()
    now = names.get(shown or current, shown or current)
    if current == DRAFT:
        return _tr("Een concept heeft nog geen status: verstuur het eerst.")
    if new == current:
        return _tr("De doorverwijzing staat al op „{0}”.").format(now)
    allowed = allowed_next(current)
    if new in allowed and new not in steps_for(current, role):
        if not may_change_status(role):
            return _tr("Deze computer is aangemeld om cijfers te lezen: hij verandert "
                       "geen status.")
        return _tr("„{0}” zet de maatschappelijk werker of de partner, niet een "
                   "baliecomputer. Hier kunt u de doorverwijzing alleen annuleren.").format(
            names.get(new, new))
    if new in allowed:
        return None
    if not allowed:
        return _tr("„{0}” is een eindstatus: de status kan niet meer veranderen.").format(now)
    here = steps_for(current, role)
    options = ", ".join(names[s] for s in STATUSES if s in here)
    return _tr("Van „{0}” kan de doorverwijzing niet naar „{1}”. Wel mogelijk: {2}.").format(
        now, names.get(new, new), options)


class StatusDialog(QDialog):
    """Pick the new status and a note; refuses illegal steps with a clear message."""

    def __init__(self, current: str, parent: QWidget | None = None, *,
                 shown: str | None = None, role: str | None = None) -> None:
        super().__init__(parent)
        self.current = current
        self.role = role
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
        allowed = steps_for(current, role) if current != DRAFT else frozenset()
        lifecycle = allowed_next(current) if current != DRAFT else frozenset()
        # Allowed steps first; the others stay visible so the refusal can explain why.
        for code in [s for s in STATUSES if s in allowed] + [
                s for s in STATUSES if s not in allowed and s != current]:
            if code in allowed:
                suffix = ""
            elif code in lifecycle:
                suffix = _tr(" (doet de maatschappelijk werker of de partner)")
            else:
                suffix = _tr(" (niet mogelijk)")
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
        self.role_hint = QLabel(_tr(
            "Op een baliecomputer kunt u een doorverwijzing alleen annuleren, en alleen als "
            "ze op deze computer gemaakt is. De andere stappen zet de maatschappelijk werker "
            "of de partner."), self)
        self.role_hint.setWordWrap(True)
        self.role_hint.setVisible(bool(role) and role not in STATUS_ROLES)
        layout.addWidget(self.role_hint)
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
        problem = transition_problem(self.current, self.chosen(), self.shown, self.role)
        if problem:
            self.problem.setText(_tr("Niet mogelijk: {0}").format(problem))
            self.problem.show()
            self.status.setFocus()
            return
        super().accept()
