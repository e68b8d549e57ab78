"""Help → About: version, where the data lives, which config is in force."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desk import __version__, paths
from desk.ui.context import AppContext


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Over Desk"))
        self.setAccessibleName(self.tr("Over Desk"))
        layout = QVBoxLayout(self)
        training = ctx.store is not None and ctx.store.is_training
        rows = [
            (self.tr("Versie"), __version__),
            (self.tr("Gegevensmap"), str(paths.profile_dir())),
            (self.tr("Databank"), str(paths.database_path())),
            (self.tr("Machineconfiguratie"), ctx.config.machine_path),
            (self.tr("Gebruikersinstellingen"), ctx.config.user_path),
            (self.tr("Organisatie"), ctx.config.org or self.tr("(niet ingesteld)")),
            (self.tr("Kantoor"), ctx.config.office or self.tr("(niet ingesteld)")),
            (self.tr("Oefenmodus"), self.tr("ja") if training else self.tr("nee")),
            (self.tr("Qt / PySide6"), f"{qVersion()} / {pyside_version}"),
            (self.tr("Python"), platform.python_version()),
        ]
        html = "<h2>Desk</h2><p>" + self.tr(
            "Begeleide digitale dienstverlening voor de loketten van Zuid-West-Vlaanderen."
        ) + "</p><table>"
        for label, value in rows:
            html += f"<tr><td><b>{label}</b>&nbsp;&nbsp;</td><td>{value}</td></tr>"
        html += "</table>"
        self.text = QLabel(html, self)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        layout.addWidget(buttons)
