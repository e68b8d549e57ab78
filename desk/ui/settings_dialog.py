"""Bestand → Instellingen: the user's own settings.

Only keys IT did not lock can be changed; a locked key is shown, disabled,
with the reason in words. Language and theme apply after a restart, and the
dialog says so.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk.config import Config, save_user_setting
from desk.errors import ConfigError
from desk.ui.context import AppContext
from desk.ui.fit import scrolling_body
from desk.ui.messages import tr_message

LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Français", "en": "English"}


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Instellingen"))
        self.setAccessibleName(self.tr("Instellingen"))
        layout = QVBoxLayout(self)
        # The fields scroll on a small screen; the buttons below always stay in view.
        body = scrolling_body(self, layout)
        form = QFormLayout()
        body.addLayout(form)
        cfg = ctx.config

        self.staff_name = QLineEdit(cfg.staff_name, self)
        self.staff_name.setMaxLength(40)
        self.staff_name.setPlaceholderText(self.tr("bv. An of AVD"))
        self._row(form, self.tr("&Uw korte naam (voor het logboek):"), self.staff_name,
                  "staff_name")

        self.office = QComboBox(self)
        self.office.setEditable(not cfg.offices)
        for office in cfg.offices or ((cfg.office,) if cfg.office else ()):
            self.office.addItem(office)
        self.office.setCurrentText(cfg.office)
        self._row(form, self.tr("&Kantoor:"), self.office, "office")

        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGE_NAMES).index(cfg.language))
        self._row(form, self.tr("&Taal van Desk:"), self.language, "language")

        self.high_contrast = QCheckBox(self.tr("&Hoog contrast (wit op zwart)"), self)
        self.high_contrast.setChecked(cfg.high_contrast)
        self.high_contrast.setAccessibleName(self.tr("Hoog contrast"))
        self._row(form, self.tr("Weergave:"), self.high_contrast, "high_contrast")

        note = QLabel(self.tr("Een andere taal of weergave geldt na het herstarten van Desk."),
                      self)
        note.setWordWrap(True)
        body.addWidget(note)
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Melding"))
        body.addWidget(self.message)
        body.addStretch(1)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Bewaren"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _row(self, form: QFormLayout, label_text: str, widget: QWidget, key: str) -> None:
        label = QLabel(label_text, self)
        label.setBuddy(widget)
        widget.setAccessibleName(label_text.replace("&", "").rstrip(":"))
        if self.ctx.config.is_locked(key):
            widget.setEnabled(False)
            widget.setToolTip(self.tr("Vergrendeld door de IT-dienst"))
            label.setText(label_text + " " + self.tr("(vergrendeld door de IT-dienst)"))
        form.addRow(label, widget)

    def values(self) -> dict[str, Any]:
        return {
            "staff_name": self.staff_name.text().strip(),
            "office": self.office.currentText().strip(),
            "language": self.language.currentData(),
            "high_contrast": self.high_contrast.isChecked(),
        }

    def save(self) -> None:
        config: Config = self.ctx.config
        try:
            for key, value in self.values().items():
                if config.is_locked(key) or getattr(config, key) == value:
                    continue
                config = save_user_setting(config, key, value)
        except ConfigError as exc:
            self.message.setText(tr_message(exc.message))
            return
        self.ctx.config = config
        self.accept()
