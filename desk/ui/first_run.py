"""The first start: who works here, at which office, in which language; and enrolment.

A new counter employee gets one short window the first time Desk opens on their
profile. It asks only what IT did not fix in the machine configuration (a locked
key is shown as set, not asked), starts from IT's values, and offers enrolment
with the central service. It never stands in the way: it does not block the main
window, "Later" closes it, and Desk asks again only where a value is needed (a
referral records who made it: :func:`ask_for_name`). What is typed here is saved as
the user's settings, the same ones as Bestand → Instellingen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.config import Config, save_user_setting
from desk.errors import ConfigError
from desk.ui.context import AppContext
from desk.ui.fit import scrolling_body, wide_enough
from desk.ui.messages import tr_message
from desk.ui.settings_dialog import LANGUAGE_NAMES
from desk.ui.theme import error_css

#: In ui-state.ini: the first-run step was saved or put off ("Later"); not asked again.
DONE_KEY = "first_run/done"
#: The sync controller's own once-only enrolment prompt (desk.ui.sync.controller).
ENROLL_PROMPTED_KEY = "sync/first_run_prompted"


def _tr(text: str) -> str:
    return QCoreApplication.translate("FirstRun", text)


def _open_keys(config: Config) -> list[str]:
    return [key for key in ("staff_name", "office", "language") if not config.is_locked(key)]


def wanted(ctx: AppContext) -> bool:
    """Whether to show the first-run step at this start.

    Once per profile (saved or put off), and only when there is something to ask:
    a short name that is still empty and that IT did not lock.
    """
    if ctx.settings.value(DONE_KEY, False, type=bool):
        return False
    config = ctx.config
    return not config.staff_name and "staff_name" in _open_keys(config)


class FirstRunDialog(QDialog):
    """Short name, office and language, from IT's defaults; enrolment offered.

    Args:
        ctx: The application context; its config is updated when saved.
        enroll: Opens the enrolment dialog, or None when enrolment is not offered
            (already enrolled, a training profile).
        reason: Why Desk asks now (when a save needs the name); the language and
            enrolment parts are left out then.

    Signals:
        saved(object): the settings were written; payload is the new Config.
    """

    saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 enroll: Callable[[], Any] | None = None, reason: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.enroll = enroll
        self.reason = reason
        self.setWindowTitle(_tr("Desk instellen") if not reason else _tr("Uw korte naam"))
        self.setAccessibleName(self.windowTitle())
        config = ctx.config
        layout = QVBoxLayout(self)
        body = scrolling_body(self, layout)

        intro = QLabel(reason or _tr(
            "Welkom bij Desk. Vul hieronder in wie u bent en waar u werkt: Desk zet dit "
            "bij elk contact dat u logt. U kunt dit later wijzigen in Bestand → "
            "Instellingen, en u kunt deze stap ook overslaan."), self)
        intro.setWordWrap(True)
        body.addWidget(intro)

        form = QFormLayout()
        body.addLayout(form)
        self.staff_name = QLineEdit(config.staff_name, self)
        self.staff_name.setMaxLength(40)
        self.staff_name.setPlaceholderText(_tr("bv. An of AVD"))
        self.office = QComboBox(self)
        self.office.setEditable(not config.offices)
        for office in config.offices or ((config.office,) if config.office else ()):
            self.office.addItem(office)
        self.office.setCurrentText(config.office)
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(config.language)))
        rows: list[tuple[str, str, QWidget]] = [
            ("staff_name", _tr("&Uw korte naam (voor het logboek):"), self.staff_name),
            ("office", _tr("&Kantoor:"), self.office)]
        if not reason:
            rows.append(("language", _tr("&Taal van Desk:"), self.language))
        else:
            self.language.hide()  # only what the save needs
        fixed: list[str] = []
        for key, text, widget in rows:
            if config.is_locked(key):
                widget.hide()  # IT decided: not asked, only shown below
                value = (widget.currentText() if isinstance(widget, QComboBox)
                         else self.staff_name.text())
                fixed.append(f"{text.replace('&', '').rstrip(':')}: {value or '—'}")
                continue
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        self.language_note = QLabel(_tr("De nieuwe taal geldt na het herstarten van Desk."),
                                    self)
        self.language_note.setWordWrap(True)
        self.language_note.hide()
        body.addWidget(self.language_note)
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_note.setVisible(self.language.currentData()
                                                     != config.language))
        if fixed:
            locked = QLabel(_tr("Ingesteld door de IT-dienst: {0}.").format("; ".join(fixed)),
                            self)
            locked.setWordWrap(True)
            body.addWidget(locked)

        self.enroll_button: QPushButton | None = None
        if enroll is not None and not reason:
            enrol_text = QLabel(_tr(
                "Aanmelden bij de centrale server: dan gaan uw logboek en doorverwijzingen "
                "naar de centrale dienst. Daarvoor hebt u een eenmalige aanmeldcode van IT "
                "nodig. Zonder aanmelding werkt Desk ook; alles blijft dan op deze computer "
                "tot u aanmeldt (Bestand → Aanmelden bij de centrale server)."), self)
            enrol_text.setWordWrap(True)
            body.addWidget(enrol_text)
            self.enroll_button = QPushButton(_tr("Bewaren en &aanmelden…"), self)
            self.enroll_button.setAccessibleName(_tr("Bewaren en aanmelden bij de centrale "
                                                     "server"))
            self.enroll_button.setAutoDefault(False)
            self.enroll_button.clicked.connect(self._save_and_enroll)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(error_css())
        self.message.setAccessibleName(_tr("Melding"))
        self.message.hide()
        body.addWidget(self.message)
        body.addStretch(1)

        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(_tr("&Bewaren"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        if self.enroll_button is not None:
            buttons.addButton(self.enroll_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.later_button = buttons.addButton(_tr("&Later"),
                                              QDialogButtonBox.ButtonRole.RejectRole)
        self.later_button.setAccessibleName(_tr("Later: nu overslaan"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        wide_enough(self, 64)
        for widget in (self.staff_name, self.office, self.language):
            if not widget.isHidden() and form.indexOf(widget) >= 0:
                widget.setFocus()
                break

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {"staff_name": self.staff_name.text().strip(),
                               "office": self.office.currentText().strip()}
        if not self.reason:
            out["language"] = self.language.currentData()
        return out

    def save(self) -> bool:
        """Write what changed to the user's settings; False (and a message) if refused."""
        config = self.ctx.config
        values = self.values()
        if not values["staff_name"] and not config.is_locked("staff_name"):
            self._problem(_tr("Vul uw korte naam in, of kies Later."))
            self.staff_name.setFocus()
            return False
        try:
            for key, value in values.items():
                if config.is_locked(key) or getattr(config, key) == value:
                    continue
                config = save_user_setting(config, key, value)
        except ConfigError as exc:
            self._problem(tr_message(exc.message))
            return False
        self.ctx.config = config
        self._done()
        self.saved.emit(config)
        return True

    def _problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def accept(self) -> None:
        if self.save():
            super().accept()

    def reject(self) -> None:
        # "Later": not asked again at start; a save that needs the name asks then.
        if not self.reason:
            self._done()
        super().reject()

    def _done(self) -> None:
        self.ctx.settings.setValue(DONE_KEY, True)
        # Enrolment was offered here: the sync controller need not offer it again.
        self.ctx.settings.setValue(ENROLL_PROMPTED_KEY, True)

    def _save_and_enroll(self) -> None:
        if not self.save():
            return
        super().accept()
        if self.enroll is not None:
            QTimer.singleShot(0, self.enroll)


def offer(window: QWidget, ctx: AppContext,
          enroll: Callable[[], Any] | None = None) -> FirstRunDialog | None:
    """Show the first-run step over the main window when :func:`wanted`; it does not
    block the window (not modal)."""
    if not wanted(ctx):
        return None
    dialog = FirstRunDialog(ctx, window, enroll=enroll)
    dialog.setModal(False)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def install(window: QWidget, ctx: AppContext, sync: Any) -> None:
    """Offer the first-run step once the sync status is known (enrolled or not).

    *sync* is the :class:`~desk.ui.sync.controller.SyncController`; enrolment is
    offered unless the desk is enrolled already or the profile is a training one.
    """
    if not wanted(ctx):
        return
    shown: list[bool] = []

    def status(data: dict[str, Any]) -> None:
        if shown:
            return
        shown.append(True)
        plain = not data.get("enrolled") and not data.get("training")
        offer(window, ctx, sync.show_enroll_dialog if plain else None)

    sync.status_changed.connect(status)


def ask_for_name(ctx: AppContext, parent: QWidget | None, reason: str,
                 then: Callable[[], Any]) -> FirstRunDialog | None:
    """A save needs the employee's short name and it is empty: ask for it, then go on.

    *then* runs when the dialog closes, whatever the answer (Desk never blocks on
    it; without a name the form says so where it is needed). Returns the dialog, or
    None when a name is set already (or IT locked it) and *then* ran at once.
    """
    if ctx.config.staff_name or ctx.config.is_locked("staff_name"):
        then()
        return None
    dialog = FirstRunDialog(ctx, parent, reason=reason)
    dialog.finished.connect(lambda _result: then())
    dialog.open()
    return dialog
