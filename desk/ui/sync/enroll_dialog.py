"""First-run enrollment dialog: server address, one-time code, where the token is kept."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk import secrets
from desk.ui.fit import scrolling_body, wide_enough
from desk.ui.messages import tr_message

if TYPE_CHECKING:
    from desk.sync.enrollment import Enrollment
    from desk.ui.context import AppContext


class EnrollDialog(QDialog):
    """Enroll this device with the central server.

    Signals:
        enrolled(object): enrollment succeeded; payload is the ``Enrollment``.
    """

    enrolled = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Aanmelden bij de centrale server"))
        layout = QVBoxLayout(self)
        # The fields scroll on a small screen; the buttons below always stay in view.
        body = scrolling_body(self, layout)
        intro = QLabel(
            self.tr(
                "Vraag IT om een eenmalige aanmeldcode. Na het aanmelden verstuurt Desk "
                "uw logboek en doorverwijzingen naar de centrale dienst. Gegevens die al op "
                "deze computer staan blijven bewaard."
            ),
            self,
        )
        intro.setWordWrap(True)
        body.addWidget(intro)
        form = QFormLayout()
        self.server = QLineEdit(ctx.config.server_url, self)
        self.server.setPlaceholderText("https://desk.voorbeeld.be")
        self.server.setAccessibleName(self.tr("Adres van de centrale server"))
        if ctx.config.server_url and ctx.config.is_locked("server_url"):
            self.server.setReadOnly(True)
        form.addRow(self.tr("&Server:"), self.server)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText("ABCD-EFGH-JKLM-NPQR")
        self.code.setAccessibleName(self.tr("Aanmeldcode"))
        form.addRow(self.tr("&Aanmeldcode:"), self.code)
        body.addLayout(form)

        info = secrets.backend_info()
        if not info.usable:
            where = tr_message(info.explanation)
        elif info.encrypts:
            where = self.tr("De toestelsleutel wordt bewaard in: {0}.").format(
                tr_message(info.label))
        else:
            where = self.tr("Let op: {0}").format(tr_message(info.explanation))
        self.keyring_label = QLabel(where, self)
        self.keyring_label.setWordWrap(True)
        self.keyring_label.setAccessibleName(self.tr("Waar de toestelsleutel bewaard wordt"))
        body.addWidget(self.keyring_label)
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Melding"))
        body.addWidget(self.message)
        body.addStretch(1)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        ok.setText(self.tr("Aanmelden"))
        ok.setEnabled(info.usable)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        wide_enough(self)  # the title in full, and room for an error text
        self.busy = False
        # IT usually gives the address: then the code is the one thing left to type.
        (self.code if self.server.text() else self.server).setFocus()

    def submit(self) -> None:
        store = self.ctx.store
        server = self.server.text().strip()
        code = self.code.text().strip()
        if store is None:
            self.message.setText(self.tr("De lokale databank is nog niet geopend."))
            return
        if not server or not code:
            self.message.setText(self.tr("Vul het adres van de server en de aanmeldcode in."))
            return
        if self.busy:
            return
        self.busy = True
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Bezig met aanmelden…"))
        config = self.ctx.config

        # Not on the write lane: a slow server must not hold up the saves behind it.
        def enroll() -> Enrollment:
            from desk.app.sync import enroll_device  # the HTTP client, on the worker thread

            return enroll_device(store, config, server, code)

        self.ctx.worker.submit(enroll, on_done=self._done, on_error=self._failed,
                               title=self.tr("Aanmelden"))

    def _done(self, enrollment: Enrollment) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        self.message.setText(
            self.tr("Aangemeld bij {0} ({1}).").format(enrollment.server, enrollment.org)
        )
        self.enrolled.emit(enrollment)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        message = getattr(exc, "message", None)
        if not isinstance(message, str):
            self.ctx.errors.report(exc)
            message = self.tr("Aanmelden mislukte door een fout in Desk. Zie het logboek.")
        self.message.setText(tr_message(message))
