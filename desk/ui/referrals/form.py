"""The referral form: citizen, consent, needs and the partner service.

Consent comes first: the contact fields stay disabled (with the reason next
to them) until the citizen agreed to the consent text shown in their
language. Without consent, or without a usable keyring, only an anonymous
referral is possible.

Every change is autosaved (debounced) into the ``drafts`` table, personal
fields sealed, so a crash loses nothing; closing the form keeps the work as
a draft referral. Problems are shown under the field they concern. Every
write runs off the GUI thread (:class:`desk.ui.ops.WriteOp`); while a save
runs, the buttons are disabled and the form cannot be closed.
"""

from __future__ import annotations

import dataclasses
import html
import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk.domain.directory import Directory, Location, search
from desk.domain.directory.search import Match, Proximity
from desk.domain.referrals import (
    DRAFT,
    Citizen,
    Consent,
    ConsentText,
    ConsentTextError,
    Referral,
    give_consent,
    load_consent_text,
    validate_referral,
)
from desk.secrets import KeyringUnavailable
from desk.store.common import from_iso, to_iso, utcnow
from desk.store.referrals import ReferralInvalid, ReferralRepository, form_draft_key
from desk.ui.context import AppContext, Changes
from desk.ui.fit import preferred_size
from desk.ui.i18n import ui_language
from desk.ui.messages import tr_message, tr_messages
from desk.ui.ops import WriteOp
from desk.ui.referrals import labels
from desk.ui.theme import error_css
from desk.ui.worker import Job

log = logging.getLogger(__name__)

AUTOSAVE_MS = 700


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """In the UI language; with *n*, the plural form for *n* (``%n`` in *text*)."""
    return QCoreApplication.translate("ReferralForm", text, disambiguation, n)


def match_reason(match: Match) -> str:
    """Why a service is proposed, in words: "helpt bij 2 van de 3 noden, in de buurt"."""
    asked = len(match.matched_needs) + len(match.missing_needs)
    if not match.missing_needs:
        parts = [_tr("helpt bij alles wat gevraagd is")]
    else:
        parts = [_tr("helpt bij %n van de {0} noden", "", len(match.matched_needs))
                 .format(asked)]
    where = {
        Proximity.SAME_MUNICIPALITY: _tr("in de eigen gemeente"),
        Proximity.NEARBY: _tr("in de buurt of voor de hele regio"),
        Proximity.REGION: _tr("elders in de regio"),
    }.get(match.proximity)
    if where:
        parts.append(where)
    return ", ".join(parts)


class ReferralForm(QDialog):
    """Create or continue a referral.

    Signals:
        autosaved(): the form's contents were written to the drafts table.
        saved(object): closed as a draft; payload is the saved Referral.
        submitted(object): sent; payload is the sent Referral.
    """

    autosaved = Signal()
    saved = Signal(object)
    submitted = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        repo: ReferralRepository,
        directory: Directory | None,
        base: Referral,
        *,
        personal_problem: str | None,
        consent_folder: Path,
        restore: dict[str, Any] | None = None,
        cases: list[tuple[str, str]] | None = None,
        now: Callable[[], datetime] = utcnow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.repo = repo
        self.directory = directory
        self.base = base
        self.personal_problem = personal_problem
        self.consent_folder = consent_folder
        self.now = now
        self.consent = base.consent
        self.consent_text: ConsentText | None = None
        self.touched: set[str] = set()
        self.errors: dict[str, str] = {}
        self.draft_key = form_draft_key(base.id)
        self._loading = True
        self._done = False
        #: A save or submit is being written: no second one, no closing.
        self.saving = False
        self._best_location: dict[str, Location | None] = {}
        self.setWindowTitle(_tr("Doorverwijzing"))
        self.setAccessibleName(_tr("Formulier doorverwijzing"))
        self.setModal(True)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.autosave_now)
        self._build(cases or [])
        self._fill(base)
        if restore:
            self.apply_form_data(restore)
        self._loading = False
        self._refresh_consent_text()
        self._refresh_personal_enabled()
        self._refresh_services()
        self.validate(show_all=False)

    # -- building ---------------------------------------------------------------------------
    def _error_label(self, field: str) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setStyleSheet(error_css())
        label.setObjectName(f"error-{field}")
        label.hide()
        self.error_labels[field] = label
        return label

    def _row(self, form: QFormLayout, text: str, widget: QWidget, field: str) -> None:
        label = QLabel(text, self)
        label.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self._error_label(field))
        form.addRow(label, box)

    def _build(self, cases: list[tuple[str, str]]) -> None:
        self.error_labels: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        self.general_error = self._error_label("general")
        outer.addWidget(self.general_error)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(scroll)
        column = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        # Citizen: where they live and their language (not identifying).
        who = QGroupBox(_tr("Burger"), body)
        who_form = QFormLayout(who)
        self.municipality = QComboBox(who)
        self.municipality.addItem(_tr("— kies een gemeente —"), "")
        for code, name in labels.municipalities().items():
            self.municipality.addItem(name, code)
        self._row(who_form, _tr("Ge&meente:"), self.municipality, "municipality")
        self.language = QComboBox(who)
        for code, name in labels.citizen_languages().items():
            self.language.addItem(name, code)
        self._row(who_form, _tr("T&aal van de burger:"), self.language, "citizen.language")
        column.addWidget(who)

        # Consent, before any personal field.
        consent = QGroupBox(_tr("Toestemming"), body)
        consent_layout = QVBoxLayout(consent)
        intro = QLabel(_tr("Toon of lees deze tekst aan de burger. Zonder toestemming is "
                           "alleen een anonieme doorverwijzing mogelijk."), consent)
        intro.setWordWrap(True)
        consent_layout.addWidget(intro)
        self.consent_fallback = QLabel(consent)
        self.consent_fallback.setWordWrap(True)
        self.consent_fallback.hide()
        consent_layout.addWidget(self.consent_fallback)
        self.consent_view = QTextBrowser(consent)
        self.consent_view.setAccessibleName(_tr("Toestemmingstekst"))
        self.consent_view.setMinimumHeight(160)
        self.consent_view.setOpenExternalLinks(False)
        consent_layout.addWidget(self.consent_view)
        self.consent_box = QCheckBox(
            _tr("De burger heeft de tekst gelezen of gehoord en &geeft toestemming"), consent)
        self.consent_box.setAccessibleName(_tr("De burger geeft toestemming"))
        consent_layout.addWidget(self.consent_box)
        self.consent_info = QLabel(consent)
        self.consent_info.setWordWrap(True)
        consent_layout.addWidget(self.consent_info)
        consent_layout.addWidget(self._error_label("consent"))
        column.addWidget(consent)

        # Personal data: only with consent.
        contact = QGroupBox(_tr("Naam en contact (alleen met toestemming)"), body)
        contact_form = QFormLayout(contact)
        self.personal_reason = QLabel(contact)
        self.personal_reason.setWordWrap(True)
        self.personal_reason.setObjectName("personal-reason")
        contact_form.addRow(self.personal_reason)
        self.name = QLineEdit(contact)
        self._row(contact_form, _tr("&Naam:"), self.name, "citizen.name")
        self.channel = QComboBox(contact)
        self.channel.addItem(_tr("— kies hoe de partner contact opneemt —"), "")
        for code, text in labels.channels().items():
            self.channel.addItem(text, code)
        self._row(contact_form, _tr("&Contact via:"), self.channel, "citizen.contact_channel")
        self.phone = QLineEdit(contact)
        self.phone.setPlaceholderText("056 12 34 56")
        self._row(contact_form, _tr("&Telefoon:"), self.phone, "citizen.phone")
        self.email = QLineEdit(contact)
        self.email.setPlaceholderText(_tr("naam@voorbeeld.be"))
        self._row(contact_form, _tr("&E-mail:"), self.email, "citizen.email")
        self.availability = QLineEdit(contact)
        self.availability.setPlaceholderText(_tr("bv. dinsdagvoormiddag, na 16 uur"))
        self._row(contact_form, _tr("&Beschikbaar:"), self.availability, "citizen.availability")
        self.notes = QPlainTextEdit(contact)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self._row(contact_form, _tr("N&otities:"), self.notes, "notes")
        self.personal_widgets: list[QWidget] = [
            self.name, self.channel, self.phone, self.email, self.availability, self.notes]
        column.addWidget(contact)

        # The referral itself.
        what = QGroupBox(_tr("Vraag"), body)
        what_layout = QVBoxLayout(what)
        needs_label = QLabel(_tr("Wat wil de burger leren of krijgen? (meerdere mogelijk)"), what)
        needs_label.setWordWrap(True)
        what_layout.addWidget(needs_label)
        needs_grid = QGridLayout()
        self.need_boxes: dict[str, QCheckBox] = {}
        for i, (code, text) in enumerate(labels.needs().items()):
            box = QCheckBox(text, what)
            box.setAccessibleName(_tr("Nood: {0}").format(text))
            self.need_boxes[code] = box
            needs_grid.addWidget(box, i // 2, i % 2)
        what_layout.addLayout(needs_grid)
        what_layout.addWidget(self._error_label("needs"))
        barriers_label = QLabel(_tr("Wat maakt het nu moeilijk?"), what)
        what_layout.addWidget(barriers_label)
        barriers_grid = QGridLayout()
        self.barrier_boxes: dict[str, QCheckBox] = {}
        for i, (code, text) in enumerate(labels.barriers().items()):
            box = QCheckBox(text, what)
            box.setAccessibleName(_tr("Drempel: {0}").format(text))
            self.barrier_boxes[code] = box
            barriers_grid.addWidget(box, i // 2, i % 2)
        what_layout.addLayout(barriers_grid)
        what_layout.addWidget(self._error_label("barriers"))
        what_form = QFormLayout()
        self.urgency = QComboBox(what)
        for code, text in labels.urgencies().items():
            self.urgency.addItem(text, code)
        self._row(what_form, _tr("&Dringend:"), self.urgency, "urgency")
        self.case = QComboBox(what)
        self.case.addItem(_tr("(geen koppeling)"), None)
        for case_id, text in cases:
            self.case.addItem(text, case_id)
        self._row(what_form, _tr("&Koppel aan contact:"), self.case, "case_id")
        what_layout.addLayout(what_form)
        column.addWidget(what)

        # The partner service.
        partner = QGroupBox(_tr("Partnerdienst"), body)
        partner_layout = QVBoxLayout(partner)
        self.directory_problem = QLabel(partner)
        self.directory_problem.setWordWrap(True)
        self.directory_problem.hide()
        partner_layout.addWidget(self.directory_problem)
        services_label = QLabel(_tr("&Voorgestelde diensten (beste eerst):"), partner)
        partner_layout.addWidget(services_label)
        self.services = QListWidget(partner)
        self.services.setAccessibleName(_tr("Partnerdiensten"))
        self.services.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        services_label.setBuddy(self.services)
        partner_layout.addWidget(self.services)
        self.all_services = QCheckBox(_tr("Toon alle diensten uit de &partnergids"), partner)
        partner_layout.addWidget(self.all_services)
        self.service_details = QLabel(partner)
        self.service_details.setWordWrap(True)
        self.service_details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        partner_layout.addWidget(self.service_details)
        partner_layout.addWidget(self._error_label("service_id"))
        column.addWidget(partner)
        column.addStretch(1)

        buttons = QHBoxLayout()
        self.status_line = QLabel(self)
        self.status_line.setAccessibleName(_tr("Bewaarstatus"))
        buttons.addWidget(self.status_line, 1)
        self.save_button = QPushButton(_tr("Opslaan a&ls concept"), self)
        self.submit_button = QPushButton(_tr("Verst&uren"), self)
        self.close_button = QPushButton(_tr("&Sluiten"), self)
        for button in (self.save_button, self.submit_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self.submit_button.setToolTip(_tr("Versturen (Ctrl+Enter)"))
        outer.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.try_submit)

        self.resize(preferred_size(self, 860, 820))
        self._connect()

    def _connect(self) -> None:
        changed = self._changed
        self.municipality.currentIndexChanged.connect(lambda _i: changed("municipality"))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.consent_box.toggled.connect(self._consent_toggled)
        for field, edit in (("citizen.name", self.name), ("citizen.phone", self.phone),
                            ("citizen.email", self.email),
                            ("citizen.availability", self.availability)):
            edit.textEdited.connect(lambda _t, f=field: changed(f))
            edit.editingFinished.connect(lambda f=field: self._touch(f))
        self.channel.currentIndexChanged.connect(lambda _i: changed("citizen.contact_channel"))
        self.notes.textChanged.connect(lambda: changed("notes"))
        for box in self.need_boxes.values():
            box.toggled.connect(lambda _c: changed("needs"))
        for box in self.barrier_boxes.values():
            box.toggled.connect(lambda _c: changed("barriers"))
        self.urgency.currentIndexChanged.connect(lambda _i: changed("urgency"))
        self.case.currentIndexChanged.connect(lambda _i: changed("case_id"))
        self.services.currentItemChanged.connect(lambda _a, _b: self._service_chosen())
        self.all_services.toggled.connect(lambda _c: self._refresh_services())
        self.save_button.clicked.connect(self.save_as_draft)
        self.submit_button.clicked.connect(self.try_submit)
        self.close_button.clicked.connect(self.close)

    # -- filling ------------------------------------------------------------------------------
    @staticmethod
    def _select(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _fill(self, referral: Referral) -> None:
        self._select(self.municipality, referral.municipality)
        citizen = referral.citizen or Citizen()
        # A new referral starts in the language Desk speaks: the consent text a French-
        # speaking counter reads out is French from the start.
        self._select(self.language, referral.citizen.language if referral.citizen
                     else ui_language())
        self.consent = referral.consent
        self.consent_box.setChecked(self.consent.active)
        self.name.setText(citizen.name)
        self._select(self.channel, citizen.contact_channel)
        self.phone.setText(citizen.phone)
        self.email.setText(citizen.email)
        self.availability.setText(citizen.availability)
        self.notes.setPlainText(referral.notes)
        for code, box in self.need_boxes.items():
            box.setChecked(code in referral.needs)
        for code, box in self.barrier_boxes.items():
            box.setChecked(code in referral.barriers)
        self._select(self.urgency, referral.urgency)
        if referral.case_id and self.case.findData(referral.case_id) < 0:
            self.case.addItem(_tr("Het gekoppelde contact"), referral.case_id)
        self._select(self.case, referral.case_id)
        self._wanted_service = referral.service_id

    # -- the referral as the form holds it -----------------------------------------------------
    def current_referral(self) -> Referral:
        consent = self.consent
        citizen = None
        if consent.active:
            citizen = Citizen(
                name=self.name.text(),
                phone=self.phone.text(),
                email=self.email.text(),
                contact_channel=str(self.channel.currentData() or ""),
                language=str(self.language.currentData() or "nl"),
                availability=self.availability.text(),
            )
        item = self.services.currentItem()
        service_id = item.data(Qt.ItemDataRole.UserRole) if item else self._wanted_service
        return dataclasses.replace(
            self.base,
            municipality=str(self.municipality.currentData() or ""),
            case_id=self.case.currentData(),
            needs=tuple(c for c, b in self.need_boxes.items() if b.isChecked()),
            barriers=tuple(c for c, b in self.barrier_boxes.items() if b.isChecked()),
            urgency=str(self.urgency.currentData() or "normal"),
            service_id=service_id or None,
            consent=consent,
            citizen=citizen,
            notes=self.notes.toPlainText() if consent.active else "",
        )

    def form_data(self) -> dict[str, Any]:
        """What the autosave keeps (personal fields are sealed by the repository)."""
        r = self.current_referral()
        consent = None
        if r.consent.given:
            consent = {"text_version": r.consent.text_version, "language": r.consent.language,
                       "at": to_iso(r.consent.at) if r.consent.at else None,
                       "staff": r.consent.staff}
        return {
            "id": r.id, "created_at": to_iso(r.created_at), "municipality": r.municipality,
            "language": str(self.language.currentData() or "nl"), "consent": consent,
            "name": self.name.text(), "phone": self.phone.text(), "email": self.email.text(),
            "contact_channel": str(self.channel.currentData() or ""),
            "availability": self.availability.text(), "notes": self.notes.toPlainText(),
            "needs": list(r.needs), "barriers": list(r.barriers), "urgency": r.urgency,
            "case_id": r.case_id, "service_id": r.service_id,
        }

    def apply_form_data(self, data: dict[str, Any]) -> None:
        """Put an autosaved form back (after a crash)."""
        raw = data.get("consent")
        consent = Consent()
        if isinstance(raw, dict) and raw.get("text_version") and raw.get("at"):
            consent = Consent(given=True, text_version=str(raw["text_version"]),
                              language=str(raw.get("language") or "nl"),
                              at=from_iso(str(raw["at"])), staff=str(raw.get("staff") or ""))
        citizen = Citizen(
            name=str(data.get("name") or ""), phone=str(data.get("phone") or ""),
            email=str(data.get("email") or ""),
            contact_channel=str(data.get("contact_channel") or ""),
            language=str(data.get("language") or "nl"),
            availability=str(data.get("availability") or ""),
        )
        restored = dataclasses.replace(
            self.base,
            municipality=str(data.get("municipality") or self.base.municipality),
            case_id=data.get("case_id") or None,
            needs=tuple(str(n) for n in data.get("needs") or ()),
            barriers=tuple(str(b) for b in data.get("barriers") or ()),
            urgency=str(data.get("urgency") or "normal"),
            service_id=data.get("service_id") or None,
            consent=consent, citizen=citizen, notes=str(data.get("notes") or ""),
        )
        self._fill(restored)
        if data.get("_personal_locked"):
            self.status_line.setText(_tr("Hersteld concept: naam en contactgegevens konden niet "
                                         "gelezen worden (sleutel ontbreekt)."))
        else:
            self.status_line.setText(_tr("Hersteld concept."))

    # -- reacting -------------------------------------------------------------------------------
    def _touch(self, field: str) -> None:
        self.touched.add(field)
        self.validate(show_all=False)

    def _changed(self, field: str) -> None:
        if self._loading or self.saving:
            return
        self.touched.add(field)
        if field in ("needs", "municipality"):
            self._refresh_services()
        self.validate(show_all=False)
        self._autosave.start()

    def _language_changed(self, _index: int) -> None:
        if self._loading:
            return
        self._refresh_consent_text()
        self._changed("citizen.language")

    def _consent_toggled(self, checked: bool) -> None:
        if self._loading:
            return
        if checked and self.consent_text is not None:
            staff = self.base.staff
            self.consent = give_consent(
                self.base, text_version=self.consent_text.version,
                language=self.consent_text.language, staff=staff, at=self.now(),
            ).consent
        elif not checked:
            self.consent = Consent()
            # The citizen said no: what was typed about them must go.
            for edit in (self.name, self.phone, self.email, self.availability):
                edit.clear()
            self.notes.clear()
            self._select(self.channel, "")
        self._refresh_personal_enabled()
        self._changed("consent")

    def _refresh_consent_text(self) -> None:
        language = str(self.language.currentData() or "nl")
        try:
            text = load_consent_text(self.consent_folder, language)
        except ConsentTextError as exc:
            self.consent_text = None
            self.consent_view.setPlainText("")
            self.consent_fallback.setText(_tr(
                "De toestemmingstekst kan niet getoond worden ({0}). Alleen een anonieme "
                "doorverwijzing is mogelijk; meld dit aan IT.").format(str(exc)))
            self.consent_fallback.show()
            self._refresh_personal_enabled()
            return
        self.consent_text = text
        # Headings one step smaller than Markdown's default: the text, not the title, matters.
        body = "\n".join("##" + line if line.startswith("#") else line
                         for line in text.body.splitlines())
        self.consent_view.setMarkdown((f"### {text.title}\n\n" if text.title else "") + body)
        if text.is_fallback:
            self.consent_fallback.setText(_tr(
                "Let op: er is geen toestemmingstekst in de taal van de burger. De Nederlandse "
                "tekst wordt getoond; leg hem uit of laat hem vertalen."))
            self.consent_fallback.setToolTip(tr_message(text.fallback_reason))
            self.consent_fallback.show()
        else:
            self.consent_fallback.hide()
        self._refresh_personal_enabled()

    def _refresh_personal_enabled(self) -> None:
        possible = self.personal_problem is None and self.consent_text is not None
        self.consent_box.setEnabled(possible or self.consent.active)
        enabled = self.consent.active and self.personal_problem is None
        for widget in self.personal_widgets:
            widget.setEnabled(enabled)
        if self.personal_problem is not None:
            reason = _tr("Persoonsgegevens zijn uitgeschakeld: {0}").format(
                tr_message(self.personal_problem))
        elif not self.consent.active:
            reason = _tr("Zonder toestemming blijven naam, contactgegevens en notities leeg: "
                         "dit wordt een anonieme doorverwijzing. De burger krijgt wel een brief "
                         "met het adres van de partner.")
        else:
            reason = ""
        self.personal_reason.setText(reason)
        self.personal_reason.setVisible(bool(reason))
        if self.consent.active and self.consent.at is not None:
            self.consent_info.setText(_tr("Toestemming geregistreerd: tekst {0} ({1}), {2}, "
                                          "door {3}.").format(
                self.consent.text_version, self.consent.language,
                labels.day_time(self.consent.at), self.consent.staff or "?"))
        else:
            self.consent_info.setText(_tr("Geen toestemming: anonieme doorverwijzing."))

    def _refresh_services(self) -> None:
        if self.directory is None:
            self.directory_problem.setText(_tr("De partnergids kon niet geladen worden. U kunt "
                                               "het concept wel bewaren."))
            self.directory_problem.show()
            return
        current = self.services.currentItem()
        wanted = current.data(Qt.ItemDataRole.UserRole) if current else self._wanted_service
        needs = [c for c, b in self.need_boxes.items() if b.isChecked()]
        municipality = str(self.municipality.currentData() or "") or None
        self.services.blockSignals(True)
        self.services.clear()
        matches = search(self.directory, needs, municipality) if needs else []
        self._best_location = {m.service.id: m.location for m in matches}
        shown: set[str] = set()
        for n, match in enumerate(matches):
            where = match.location
            place = f"{where.name}, {where.address.municipality}" if where else _tr("aan huis")
            text = f"{match.service.name} — {place} ({match_reason(match)})"
            if n == 0:
                text = _tr("{0}  [voorgesteld]").format(text)
            item = QListWidgetItem(text, self.services)
            item.setData(Qt.ItemDataRole.UserRole, match.service.id)
            shown.add(match.service.id)
        if self.all_services.isChecked() or (wanted and wanted not in shown):
            for service in sorted(self.directory.services, key=lambda s: s.name.casefold()):
                if service.id in shown:
                    continue
                if not self.all_services.isChecked() and service.id != wanted:
                    continue
                item = QListWidgetItem(service.name, self.services)
                item.setData(Qt.ItemDataRole.UserRole, service.id)
                shown.add(service.id)
        if wanted and wanted not in shown and self.directory.service(wanted) is None:
            # Chosen earlier, gone from the directory now: keep it visible so the
            # message under the list can name it; staff pick another.
            item = QListWidgetItem(_tr("{0} (staat niet meer in de partnergids)").format(wanted),
                                   self.services)
            item.setData(Qt.ItemDataRole.UserRole, wanted)
        row = next((i for i in range(self.services.count())
                    if self.services.item(i).data(Qt.ItemDataRole.UserRole) == wanted), -1)
        if row < 0 and self.services.count():
            row = 0  # the suggestion; staff can pick another
        self.services.setCurrentRow(row)
        self.services.blockSignals(False)
        if not needs and not self.all_services.isChecked():
            self.service_details.setText(_tr("Kies eerst wat de burger nodig heeft: dan stelt "
                                             "Desk een partnerdienst voor."))
        elif self.services.count() == 0:
            self.service_details.setText(_tr("Geen dienst in de partnergids helpt met deze "
                                             "noden. Toon alle diensten om zelf te kiezen."))
        self._service_chosen(touch=False)

    def _service_chosen(self, touch: bool = True) -> None:
        item = self.services.currentItem()
        if item is None or self.directory is None:
            return
        service_id = str(item.data(Qt.ItemDataRole.UserRole))
        self._wanted_service = service_id
        service = self.directory.service(service_id)
        if service is None:
            return
        loc = self.best_location(service_id)
        parts = [f"<b>{html.escape(service.name)}</b>", html.escape(service.description)]
        if loc is not None:
            parts.append(html.escape(_tr("Adres: {0}, {1}, {2} {3}").format(
                loc.name, loc.address.street, loc.address.postal_code,
                loc.address.municipality)))
        else:
            parts.append(html.escape(_tr("Komt aan huis of werkt op afspraak.")))
        parts.append(html.escape(_tr("Kosten: {0}").format(
            service.cost.text or (_tr("gratis") if service.cost.free else "?"))))
        self.service_details.setText("<br>".join(parts))
        if touch and not self._loading:
            self._changed("service_id")

    def best_location(self, service_id: str) -> Location | None:
        """Where the citizen goes for *service_id*: the nearest location, if any."""
        if service_id in self._best_location:
            return self._best_location[service_id]
        if self.directory is None:
            return None
        locations = self.directory.locations_of(service_id)
        return locations[0] if locations else None

    # -- validation ---------------------------------------------------------------------------
    def known_service_ids(self) -> set[str] | None:
        if self.directory is None:
            return None
        return {s.id for s in self.directory.services}

    def validate(self, *, show_all: bool) -> dict[str, str]:
        errors = validate_referral(self.current_referral(),
                                   known_service_ids=self.known_service_ids())
        self.show_errors(errors, show_all=show_all)
        return errors

    def show_errors(self, errors: dict[str, str], *, show_all: bool) -> None:
        self.errors = dict(errors)
        errors = tr_messages(errors)  # the core's messages, in the employee's language
        general = [m for f, m in errors.items() if f in ("office", "staff")]
        for field, label in self.error_labels.items():
            if field == "general":
                message = " ".join(general) if show_all else ""
            else:
                visible = show_all or field in self.touched
                message = errors.get(field, "") if visible else ""
            label.setText(_tr("Fout: {0}").format(message) if message else "")
            label.setVisible(bool(message))
        for field, widget in self._field_widgets().items():
            message = errors.get(field, "") if (show_all or field in self.touched) else ""
            widget.setAccessibleDescription(message)

    def _field_widgets(self) -> dict[str, QWidget]:
        return {
            "municipality": self.municipality, "citizen.language": self.language,
            "consent": self.consent_box, "citizen.name": self.name,
            "citizen.contact_channel": self.channel, "citizen.phone": self.phone,
            "citizen.email": self.email, "citizen.availability": self.availability,
            "notes": self.notes, "needs": next(iter(self.need_boxes.values())),
            "barriers": next(iter(self.barrier_boxes.values())), "urgency": self.urgency,
            "case_id": self.case, "service_id": self.services,
        }

    def _focus_first_error(self) -> None:
        for field, widget in self._field_widgets().items():
            if field in self.errors and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                scroll = self.findChild(QScrollArea)
                if scroll is not None:
                    scroll.ensureWidgetVisible(widget)
                return

    # -- saving ---------------------------------------------------------------------------------
    def autosave_now(self) -> None:
        """Write the form to the drafts table now (the timer calls this)."""
        self._autosave.stop()
        if self._done:
            return
        self._write_form_draft(self.form_data())

    def _write_form_draft(self, data: dict[str, Any], changes: Changes = Changes()) -> Job[None]:
        repo, key = self.repo, self.draft_key

        def done(_none: None) -> None:
            self.status_line.setText(_tr("Automatisch bewaard om {0}.").format(
                labels.day_time(utcnow()).split(" ")[1]))
            self.autosaved.emit()

        def failed(exc: BaseException) -> None:  # an autosave problem must not lose the form
            log.warning("referral autosave failed: %s", type(exc).__name__)
            self.status_line.setText(_tr("Automatisch bewaren lukte niet. Bewaar het concept."))

        return WriteOp(self.ctx, lambda _control: repo.save_form_draft(key, data),
                       changes=changes, title="referral autosave", parent=self,
                       on_done=done, on_error=failed).run()

    def is_empty(self) -> bool:
        r = self.current_referral()
        return not (r.needs or r.barriers or r.consent.given or r.case_id
                    or self.name.text().strip() or self.notes.toPlainText().strip())

    def _buttons(self) -> list[QWidget]:
        return [self.save_button, self.submit_button, self.close_button]

    def save_as_draft(self) -> Job[Referral] | None:
        """Keep the referral as a draft (local only) and close the form once it is written."""
        if self.saving:
            return None
        self._autosave.stop()
        self.saving = True
        repo = self.repo
        referral = dataclasses.replace(self.current_referral(), status=DRAFT)

        def done(saved: Referral) -> None:
            self.saving = False
            self._done = True
            self.saved.emit(saved)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.saving = False
            if isinstance(exc, KeyringUnavailable):
                self.show_errors({"consent": exc.message}, show_all=True)
            else:
                self.ctx.errors.report(exc)

        return WriteOp(self.ctx, lambda _control: repo.save_draft(referral),
                       changes=Changes(referral_drafts=True), title="referral draft",
                       parent=self, busy=self._buttons(), on_done=done, on_error=failed).run()

    def try_submit(self) -> Job[Referral] | None:
        """Validate and send; on problems, show them inline and focus the first.

        Returns the sending job, or None when the form was refused (or a save runs).
        """
        if self.saving:
            return None
        self._autosave.stop()
        errors = self.validate(show_all=True)
        if errors:
            self._focus_first_error()
            self.autosave_now()
            return None
        self.saving = True
        repo, by = self.repo, self.base.staff
        referral, known = self.current_referral(), self.known_service_ids()

        def done(sent: Referral) -> None:
            self.saving = False
            self._done = True
            self.submitted.emit(sent)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.saving = False
            if isinstance(exc, ReferralInvalid):
                self.show_errors(exc.errors, show_all=True)
                self._focus_first_error()
            elif isinstance(exc, KeyringUnavailable):
                self.personal_problem = exc.message
                self._refresh_personal_enabled()
                self.show_errors({"consent": exc.message}, show_all=True)
            else:
                self.ctx.errors.report(exc)

        return WriteOp(self.ctx, lambda _control: repo.submit(referral, by=by,
                                                              known_service_ids=known),
                       changes=Changes(referrals=True), title="referral sent", parent=self,
                       busy=self._buttons(), on_done=done, on_error=failed).run()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.saving or self._keep():
            # The work is being written; the form closes once it is kept.
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        # Escape and the window's close button: keep the work, never lose it.
        if self.saving or self._keep():
            return
        super().reject()

    def _keep(self) -> bool:
        """Start keeping the work as a draft; True while the form must stay until that is done.

        An empty form leaves nothing (its autosave is dropped) and closes at once.
        A form with work hides at once and closes once the draft is written.
        """
        if self._done:
            return False
        self._autosave.stop()
        repo, key = self.repo, self.draft_key
        if self.is_empty():
            self._done = True
            WriteOp(self.ctx, lambda _control: repo.discard_form_draft(key), changes=Changes(),
                    title="empty referral form discarded").run()
            return False
        self.saving = True
        referral = dataclasses.replace(self.current_referral(), status=DRAFT)
        data = self.form_data()

        def done(saved: Referral) -> None:
            self.saving = False
            self._done = True
            self.saved.emit(saved)
            QDialog.reject(self)

        def failed(exc: BaseException) -> None:  # keep the autosave; it is restored next time
            log.warning("could not keep the referral as a draft: %s", type(exc).__name__)
            self.saving = False
            self._done = True
            # Announced: the page offers to restore it once it is written.
            self._write_form_draft(data, Changes(referral_drafts=True))
            QDialog.reject(self)

        self.hide()
        WriteOp(self.ctx, lambda _control: repo.save_draft(referral),
                changes=Changes(referral_drafts=True), title="referral kept as draft",
                parent=self, on_done=done, on_error=failed).run()
        return True


def describe_restore(data: dict[str, Any]) -> str:
    """A short Dutch line about a restored autosave, for the page's notice."""
    needs = ", ".join(labels.needs().get(n, n) for n in data.get("needs") or [])
    return _tr("Een doorverwijzing die niet bewaard was, is hersteld ({0}).").format(
        needs or _tr("nog zonder noden"))

