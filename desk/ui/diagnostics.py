"""Help → *Diagnose voor helpdesk*: collect, preview, save as zip.

The report is gathered on the background worker (it runs an integrity check
on the database, which can take a moment on a large profile) by the same
application service as ``desk diagnostics`` (:mod:`desk.app.diagnostics`);
this module adds what only the running Qt knows (platform plugin, screens,
Qt version).

Wiring (in the bootstrap): ``desk.ui.diagnostics.install(window, ctx)``.

:mod:`desk.app.diagnostics` brings the keyring module along, so it is first
imported on the worker, when a report is collected; the GUI-thread methods
that use it afterwards find it loaded.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, qVersion
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.ui.context import AppContext

if TYPE_CHECKING:
    from desk.app.diagnostics import Report
    from desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Diagnostics", text)


def live_qt_info() -> dict[str, Any]:
    """What the running Qt knows (GUI thread only)."""
    app = QGuiApplication.instance()
    info: dict[str, Any] = {"live": True, "qt_runtime": qVersion()}
    if isinstance(app, QGuiApplication):
        info["platform_name"] = QGuiApplication.platformName()
        info["screens"] = [
            {
                "size": f"{s.size().width()}x{s.size().height()}",
                "device_pixel_ratio": s.devicePixelRatio(),
                "logical_dpi": round(s.logicalDotsPerInch()),
            }
            for s in QGuiApplication.screens()
        ]
        info["style"] = app.style().name() if hasattr(app, "style") else ""
    return info


class DiagnosticsDialog(QDialog):
    """Shows the summary of a freshly collected report and saves it as a zip."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: Report | None = None
        self.saved_to: Path | None = None
        self.setWindowTitle(_tr("Diagnose voor helpdesk"))
        self.setAccessibleName(_tr("Diagnose voor helpdesk"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)

        layout = QVBoxLayout(self)
        intro = QLabel(
            _tr(
                "Dit rapport helpt de helpdesk om een probleem met Desk te vinden. Het bevat "
                "versies, instellingen (zonder wachtwoorden), de toestand van de databank en de "
                "synchronisatie, en de laatste logregels.\n"
                "Het bevat geen persoonsgegevens van burgers en geen toegangssleutels."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(_tr("Overzicht van het rapport"))
        self.preview.setPlainText(_tr("Gegevens verzamelen…"))
        self.preview.setMinimumHeight(self.fontMetrics().lineSpacing() * 16)
        layout.addWidget(self.preview, 1)

        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(_tr("Status"))
        layout.addWidget(self.status)

        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(_tr("Opslaan als zip…"), self)
        self.save_button.setEnabled(False)
        self.save_button.setDefault(True)
        self.copy_button = QPushButton(_tr("Overzicht kopiëren"), self)
        self.copy_button.setEnabled(False)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        assert close is not None
        close.setText(_tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.choose_and_save)
        self.copy_button.clicked.connect(self.copy_summary)
        layout.addWidget(buttons)

    # -- collecting ---------------------------------------------------
    def start(self) -> None:
        """Collect in the background; the preview fills in when done."""
        qt_info = live_qt_info()
        config = self.ctx.config

        def collect() -> Report:
            from desk.app.diagnostics import Diagnostics  # on the worker (see the module doc)

            return Diagnostics.for_this_desk().collect(config, qt_info=qt_info)

        self.ctx.worker.submit(
            collect,
            on_done=self.show_report,
            on_error=self._failed,
            title=_tr("Diagnose verzamelen"),
        )

    def show_report(self, report: Report) -> None:
        from desk.app.diagnostics import summary

        self.report = report
        self.preview.setPlainText(summary(report))
        self.save_button.setEnabled(True)
        self.copy_button.setEnabled(True)
        self.status.setText(_tr("Klaar. Bewaar het rapport en stuur het naar de helpdesk."))

    def _failed(self, exc: BaseException) -> None:
        log.error("diagnostics could not be collected: %s", type(exc).__name__)
        self.preview.setPlainText(
            _tr("Het rapport kon niet worden gemaakt ({0}). Zie het logboek.").format(
                type(exc).__name__
            )
        )

    # -- saving -------------------------------------------------------
    def default_path(self) -> Path:
        from desk.app.diagnostics import default_filename

        docs = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        return Path(docs) / default_filename(self.ctx.clock.now())

    def choose_and_save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, _tr("Diagnose bewaren"), str(self.default_path()), _tr("Zip-bestand (*.zip)")
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> bool:
        from desk.app.diagnostics import write_zip

        if self.report is None:
            return False
        if path.suffix.lower() != ".zip":
            path = path.with_name(path.name + ".zip")
        try:
            write_zip(self.report, path)
        except OSError as exc:
            self.status.setText(
                _tr("Kan {0} niet bewaren: {1}").format(str(path), exc.strerror or "")
            )
            return False
        self.saved_to = path
        self.status.setText(_tr("Bewaard als {0}").format(str(path)))
        log.info("diagnostics saved")
        return True

    def copy_summary(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.preview.toPlainText())
            self.status.setText(_tr("Overzicht gekopieerd."))


def install(window: MainWindow, ctx: AppContext) -> QAction:
    """Add Help → *Diagnose voor helpdesk* to the main window."""
    action = QAction(_tr("&Diagnose voor helpdesk…"), window)
    action.setStatusTip(_tr("Een rapport zonder persoonsgegevens maken voor de helpdesk"))

    def open_dialog() -> None:
        dialog = DiagnosticsDialog(ctx, window)
        dialog.open()
        dialog.start()

    action.triggered.connect(open_dialog)
    window.add_action("help", action)
    return action
