"""The letter the citizen takes home: preview, PDF (PDF/A-1b) and print.

The content comes from :func:`desk.domain.referrals.letter.build_letter`
(plain Dutch, or the citizen's language when a template exists); this module
only lays it out. Large type (13 pt) for readers who struggle.
"""

from __future__ import annotations

import html
import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk import clock, paths
from desk.config import Config
from desk.domain.directory import Directory, Location, search
from desk.domain.referrals import Referral
from desk.domain.referrals.letter import Letter, OfficeInfo, build_letter
from desk.errors import EnvironmentFault
from desk.ui.context import AppContext
from desk.ui.files import start_folder
from desk.ui.fit import preferred_size
from desk.ui.messages import tr_message
from desk.ui.referrals import labels
from desk.ui.saving import ask_save_path, saved_to, tell_saved

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReferralLetter", text)


def letter_languages() -> list[str]:
    """Languages with a letter template (Dutch first)."""
    folder = paths.resources_dir() / "letters"
    found = sorted(p.stem.removeprefix("letter-") for p in folder.glob("letter-*.toml"))
    return sorted(found, key=lambda code: (code != "nl", code))


def best_location(referral: Referral, directory: Directory) -> Location | None:
    """Where the citizen goes: the service's location nearest to their municipality."""
    if not referral.service_id:
        return None
    for match in search(directory, referral.needs, referral.municipality or None):
        if match.service.id == referral.service_id:
            return match.location
    locations = directory.locations_of(referral.service_id)
    return locations[0] if locations else None


def office_words(code: str) -> str:
    """An office code as a citizen can read it on a letter: "kortrijk-stadhuis" ->
    "Kortrijk stadhuis" (Desk knows offices only by their codes)."""
    words = " ".join(code.replace("_", " ").replace("-", " ").split())
    return words[:1].upper() + words[1:]


def letter_for(
    referral: Referral,
    directory: Directory,
    config: Config,
    *,
    language: str | None = None,
    today: date | None = None,
) -> Letter:
    """Build the letter for *referral* (raises ``KeyError`` for an unknown service)."""
    service = directory.service(referral.service_id or "")
    if service is None:
        raise KeyError(referral.service_id)
    code = referral.office or config.office or config.org
    office = OfficeInfo(office_name=office_words(code) if code else _tr("uw gemeente"),
                        staff_name=referral.staff or config.staff_name)
    return build_letter(
        referral, service, best_location(referral, directory), office,
        templates=paths.resources_dir() / "letters", today=today or clock.today(),
        organization=directory.organization(service.organization_id), language=language,
    )


def letter_html(letter: Letter) -> str:
    e = html.escape
    parts = [f"<h1>{e(letter.title)}</h1>", f"<p>{e(letter.date_line)}</p>",
             f"<p>{e(letter.greeting)}</p>"]
    parts += [f"<p>{e(p)}</p>" for p in letter.paragraphs]
    for section in letter.sections:
        parts.append(f"<h2>{e(section.heading)}</h2>")
        parts.append("<p>" + "<br>".join(e(line) for line in section.lines) + "</p>")
    parts.append(f"<p>{e(letter.closing)}</p>")
    return f'<html lang="{e(letter.language)}"><body>{"".join(parts)}</body></html>'


def letter_document(letter: Letter) -> QTextDocument:
    document = QTextDocument()
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(max(13.0, font.pointSizeF()))
    document.setDefaultFont(font)
    # Compact headings keep a usual letter on one A4 page at 13 pt.
    document.setDefaultStyleSheet("h1 { font-size: large; margin-bottom: 4px; } "
                                  "h2 { font-size: medium; margin-top: 8px; margin-bottom: 0px; }"
                                  " p { margin-top: 2px; margin-bottom: 4px; }")
    document.setHtml(letter_html(letter))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, letter.title)
    return document


def render_letter_pdf(letter: Letter, path: Path) -> Path:
    """Write *letter* as an A4 PDF/A-1b file at *path*.

    Raises:
        EnvironmentFault: the file cannot be written (folder, rights, disk).
    """
    try:
        with path.open("ab"):
            pass
    except OSError as exc:
        raise _unwritable(path, type(exc).__name__) from exc
    writer = QPdfWriter(str(path))
    # PDF/A-1b: fonts embedded, no transparency; archives and every reader accept it.
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    writer.setTitle(letter.title)
    writer.setCreator("Desk")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(5, 5, 5, 5), QPageLayout.Unit.Millimeter))
    letter_document(letter).print_(writer)
    del writer  # the file is finished when the writer is destroyed
    if not path.is_file() or path.stat().st_size == 0:
        raise _unwritable(path, "empty or missing PDF")
    return path


def _unwritable(path: Path, detail: str) -> EnvironmentFault:
    return EnvironmentFault(
        _tr("De brief kon niet worden bewaard in {0}. Kies een andere map.").format(path),
        detail=detail)


class LetterDialog(QDialog):
    """Preview the letter, choose its language, save it as PDF or print it."""

    def __init__(self, referral: Referral, directory: Directory, config: Config,
                 parent: QWidget | None = None, *, sent: bool = True,
                 ctx: AppContext | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.referral = referral
        self.directory = directory
        self.config = config
        self.letter: Letter | None = None
        self.setWindowTitle(_tr("Brief voor de burger"))
        self.setAccessibleName(_tr("Brief voor de burger"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox(self)
        names = labels.citizen_languages()
        for code in letter_languages():
            self.language.addItem(names.get(code, code), code)
        wanted = referral.citizen.language if referral.citizen else "nl"
        index = self.language.findData(wanted)
        self.language.setCurrentIndex(max(index, 0))
        language_label = QLabel(_tr("&Taal van de brief:"), self)
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        layout.addLayout(form)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.hide()
        layout.addWidget(self.warning)
        if referral.citizen and index < 0:
            self.warning.setText(_tr("Let op: er is geen brief in de taal van de burger; "
                                     "kies een taal die de burger kan lezen."))
            self.warning.show()
        # The letter tells the citizen the partner will get in touch: true only once the
        # central service has the referral (the list says "Klaar om te versturen" till then).
        self.not_sent = QLabel(self)
        self.not_sent.setWordWrap(True)
        self.not_sent.setObjectName("letter-not-sent")
        if referral.training:
            self.not_sent.setText(_tr(
                "Let op: dit is een oefenprofiel. Deze doorverwijzing wordt nooit verstuurd; "
                "geef deze brief niet aan een burger."))
        elif referral.status == "draft":
            self.not_sent.setText(_tr(
                "Let op: dit is een concept. De doorverwijzing is nog niet verstuurd en de "
                "partner weet er nog niets van."))
        else:
            self.not_sent.setText(_tr(
                "Let op: deze doorverwijzing is nog niet verstuurd (Klaar om te versturen). "
                "De partner weet er nog niets van tot deze computer met de centrale server "
                "verbonden is. Zeg dat aan de burger, of geef de brief pas mee als de "
                "doorverwijzing verstuurd is."))
        self.not_sent.setAccessibleName(self.not_sent.text())
        self.not_sent.setVisible(referral.training or referral.status == "draft" or not sent)
        layout.addWidget(self.not_sent)
        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(_tr("Voorbeeld van de brief"))
        layout.addWidget(self.preview, 1)
        self.saved_label = QLabel(self)  # where the PDF went, or why it did not
        self.saved_label.setWordWrap(True)
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved_label.hide()
        layout.addWidget(self.saved_label)
        buttons = QHBoxLayout()
        self.pdf_button = QPushButton(_tr("Bewaren als &PDF…"), self)
        self.print_button = QPushButton(_tr("&Afdrukken…"), self)
        self.close_button = QPushButton(_tr("&Sluiten"), self)
        buttons.addStretch(1)
        for button in (self.pdf_button, self.print_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.pdf_button.clicked.connect(self.save_pdf_dialog)
        self.print_button.clicked.connect(self.print_dialog)
        self.close_button.clicked.connect(self.reject)
        self.language.currentIndexChanged.connect(lambda _i: self.rebuild())
        self.resize(preferred_size(self, 720, 800))
        self.rebuild()

    def rebuild(self) -> None:
        try:
            self.letter = letter_for(self.referral, self.directory, self.config,
                                     language=str(self.language.currentData() or "nl"))
        except KeyError:
            self.letter = None
            self.preview.setPlainText(_tr("De gekozen partnerdienst staat niet in de "
                                          "partnergids: er kan geen brief gemaakt worden."))
            self.pdf_button.setEnabled(False)
            self.print_button.setEnabled(False)
            return
        self.preview.setHtml(letter_html(self.letter))
        if self.letter.warnings:
            self.warning.setText(" ".join(tr_message(w) for w in self.letter.warnings))
            self.warning.show()

    def save_pdf(self, path: Path) -> Path:
        assert self.letter is not None
        return render_letter_pdf(self.letter, path)

    def save_pdf_dialog(self) -> None:
        if self.letter is None:
            return
        title, name, file_filter = (_tr("Brief bewaren"), "brief-doorverwijzing.pdf",
                                    _tr("PDF-bestanden (*.pdf)"))
        if self.ctx is not None:
            path = ask_save_path(self, self.ctx, "letter", title, name, file_filter)
        else:
            chosen, _ = QFileDialog.getSaveFileName(self, title, str(start_folder() / name),
                                                    file_filter)
            path = Path(chosen) if chosen else None
        if path is not None:
            self.save_pdf_to(path)

    def save_pdf_to(self, path: Path) -> bool:
        """Write the PDF and say where it went, or why it could not be written."""
        try:
            written = self.save_pdf(path)
        except EnvironmentFault as exc:
            self.saved_label.setText(_tr("De brief is niet bewaard: {0}").format(
                tr_message(exc.message)))
            self.saved_label.show()
            return False
        text = saved_to(_tr("Brief"), written)
        self.saved_label.setText(text)
        self.saved_label.show()
        parent = self.parentWidget()
        if parent is not None:
            tell_saved(parent, text)
        return True

    def print_dialog(self) -> None:
        if self.letter is None:
            return
        try:
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        except ImportError:  # print support missing in this Qt build
            self.warning.setText(_tr("Afdrukken is op deze computer niet mogelijk; "
                                     "bewaar de brief als PDF en druk die af."))
            self.warning.show()
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(_tr("Brief afdrukken"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            letter_document(self.letter).print_(printer)
