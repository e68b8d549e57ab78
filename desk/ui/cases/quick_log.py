"""The quick-log dialog: one contact in a few keystrokes, keyboard only.

Tab order puts what changes per contact first: topic, outcome, duration.
Office, channel, date, time and staff start from the last values used, so a
typical contact is ``a`` Tab ``2`` Tab ``1`` ``5`` Enter (the topic's first
letter, the outcome's number, the minutes).

Nothing is saved half-way: the whole form is checked by
:func:`desk.domain.cases.validate_case` and every problem is shown next to
its field. While the dialog is open its contents are autosaved (debounced)
as a draft, which the next start restores after a crash. Saves and drafts
are written off the GUI thread (:class:`desk.ui.ops.WriteOp`); while a save
runs, the buttons are disabled.
"""

from __future__ import annotations

import html
import json
import logging
from collections.abc import Mapping
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk.config import save_user_setting
from desk.domain.cases import (
    CaseInvalid,
    CaseValues,
    Rules,
    fold,
    form_from_row,
    form_from_session,
    local_parts,
    parse_topics,
    topic_label,
    validate_case,
)
from desk.domain.vocab import (
    CHANNEL_LABELS,
    CHANNELS,
    FEEDBACK_LABELS,
    LANGUAGES,
    OUTCOME_LABELS,
    OUTCOMES,
    REASON_LABELS,
    REASONS,
    SKILL_LABELS,
    referral_for_reason,
)
from desk.errors import ConfigError
from desk.store.cases import CaseRepository, draft_key
from desk.ui.context import AppContext, Changes, ReferralRequest
from desk.ui.i18n import ui_language
from desk.ui.messages import tr_messages
from desk.ui.ops import WriteOp
from desk.ui.terms import term
from desk.ui.theme import error_css
from desk.ui.topics import topic_name

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 800
LANGUAGE_NAMES = {
    "nl": "Nederlands", "fr": "Frans", "en": "Engels", "de": "Duits", "ar": "Arabisch",
    "tr": "Turks", "uk": "Oekraïens", "ru": "Russisch", "pl": "Pools", "ro": "Roemeens",
    "es": "Spaans", "so": "Somali", "ti": "Tigrinya",
}


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """In the UI language; with *n*, the plural form for *n* (``%n`` in *text*)."""
    return QCoreApplication.translate("QuickLog", text, disambiguation, n)




class QuickLogDialog(QDialog):
    """Log or edit one contact.

    Args:
        ctx: The application context (config for defaults and rules).
        repo: Where the case is saved.
        case_id: The case to edit, or None for a new one.
        form: Texts to start from (a draft, a guide session prefill).
        guide_session: The guide session record (``to_dict()``) this case comes from.

    Signals:
        saved(str): the case was stored durably; its id.
        draft_saved(): the autosaved draft was written.
    """

    saved = Signal(str)
    draft_saved = Signal()

    def __init__(
        self,
        ctx: AppContext,
        repo: CaseRepository,
        parent: QWidget | None = None,
        *,
        case_id: str | None = None,
        form: Mapping[str, str] | None = None,
        guide_session: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.repo = repo
        self.case_id = case_id
        self.guide_session = dict(guide_session) if guide_session else None
        self._hidden: dict[str, str] = {"referral_id": ""}
        self._guide_titles: dict[str, str] = {}  # folded title -> guide:<id>
        self.discard_box: QMessageBox | None = None
        self._loading = True
        self.saving = False
        self._refer_after_save = False
        self.setWindowTitle(_tr("Contact bewerken") if case_id else _tr("Contact loggen"))
        self.setAccessibleName(self.windowTitle())
        self.setModal(False)
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self._build()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 124)
        self._fill(self._defaults())
        if form:
            self._fill(form)
        self._loading = False
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._connect_changes()
        self._outcome_changed()
        #: What the form held when it opened: closing it unchanged loses nothing.
        self._opened_with = self.form()
        self.topic.setFocus()

    # -- building ------------------------------------------------------------------------
    def _combo(self, name: str, items: list[tuple[str, str]], accessible: str) -> QComboBox:
        combo = QComboBox(self)
        for text, code in items:
            combo.addItem(text, code)
        combo.setAccessibleName(accessible)
        self.fields[name] = combo
        return combo

    def _line(self, name: str, accessible: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(placeholder)
        if placeholder:  # the hint must be readable whole, in every language
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(placeholder) + 16)
        self.fields[name] = edit
        return edit

    def _row(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        error = QLabel(self)
        error.setObjectName(f"error-{name}")
        error.setWordWrap(True)  # a long message (in French, say) must not squeeze the form
        error.setStyleSheet(error_css())
        error.setAccessibleName(_tr("Fout bij {0}").format(widget.accessibleName()))
        error.hide()
        self.errors[name] = error
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(widget)
        box.addWidget(error)
        form.addRow(caption, holder)

    def _build(self) -> None:
        cfg = self.ctx.config
        outer = QVBoxLayout(self)
        self.session_label = QLabel(self)
        self.session_label.setWordWrap(True)
        self.session_label.setAccessibleName(_tr("Gegevens uit de gids"))
        self.session_label.setVisible(self.guide_session is not None)
        outer.addWidget(self.session_label)
        grid = QGridLayout()
        outer.addLayout(grid)

        main = QGroupBox(_tr("Contact"), self)
        main_form = QFormLayout(main)
        topics = [(_tr("— kies een onderwerp —"), "")] + [(topic_name(t), t) for t in cfg.topics]
        self.topic = self._combo("topic", topics, _tr("Onderwerp"))
        self._row(main_form, "topics", _tr("&Onderwerp"), self.topic)
        self.extra_topics = self._line(
            "extra_topics", _tr("Gidsen en extra onderwerpen"),
            _tr("gescheiden door ; (bv. Belastingen; Pensioen)"))
        extra_label = QLabel(_tr("Gidsen, &extra"), self)
        extra_label.setBuddy(self.extra_topics)
        main_form.addRow(extra_label, self.extra_topics)
        outcomes = [(_tr("— kies een uitkomst —"), "")]
        for number, code in enumerate(OUTCOMES, start=1):
            if code == "for_citizen" and not cfg.allow_done_for_citizen:
                continue
            outcomes.append((f"{number} · {term(OUTCOME_LABELS[code])}", code))
        self.outcome = self._combo("outcome", outcomes, _tr("Uitkomst"))
        self._row(main_form, "outcome", _tr("U&itkomst"), self.outcome)
        self.duration = self._line("duration_min", _tr("Duur in minuten"), _tr("minuten"))
        self._row(main_form, "duration_min", _tr("&Duur (min)"), self.duration)
        reasons = [(_tr("— kies een reden —"), "")] + [
            (f"{n} · {term(REASON_LABELS[c])}", c) for n, c in enumerate(REASONS, start=1)
        ]
        self.reason = self._combo("not_possible_reason", reasons, _tr("Reden niet mogelijk"))
        self._row(main_form, "not_possible_reason", _tr("&Reden"), self.reason)
        self.follow_up = self._line("follow_up_on", _tr("Opvolgdatum"), _tr("dd-mm-jjjj"))
        self._row(main_form, "follow_up_on", _tr("O&pvolgen op"), self.follow_up)
        self.citizen_ref = self._line(
            "citizen_ref", _tr("Contactreferentie voor de opvolging"),
            _tr("alleen voor de opvolging; wordt later gewist"))
        self._row(main_form, "citizen_ref", _tr("&Contactreferentie"), self.citizen_ref)
        grid.addWidget(main, 0, 0)

        details = QGroupBox(_tr("Details"), self)
        det = QFormLayout(details)
        self.channel = self._combo(
            "channel", [(term(CHANNEL_LABELS[c]), c) for c in CHANNELS], _tr("Kanaal"))
        self._row(det, "channel", _tr("&Kanaal"), self.channel)
        offices = list(dict.fromkeys([*cfg.offices, cfg.office] if cfg.office else cfg.offices))
        self.office = self._combo("office", [(o, o) for o in offices], _tr("Kantoor"))
        self.office.setEditable(True)
        self.office.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._row(det, "office", _tr("Kan&toor"), self.office)
        self.date = self._line("date", _tr("Datum van het contact"), _tr("dd-mm-jjjj"))
        self._row(det, "date", _tr("D&atum"), self.date)
        self.time = self._line("time", _tr("Uur van het contact"), _tr("uu:mm"))
        self._row(det, "time", _tr("U&ur"), self.time)
        self.staff = self._line("staff", _tr("Medewerker (korte naam)"))
        self._row(det, "staff", _tr("&Medewerker"), self.staff)
        # What is typed where no setting exists yet becomes the setting: say so.
        self.remember_note = QLabel(self._remember_text(), self)
        self.remember_note.setWordWrap(True)
        self.remember_note.setAccessibleName(_tr("Wordt onthouden"))
        self.remember_note.setVisible(bool(self.remember_note.text()))
        det.addRow(self.remember_note)
        self.skill = self._combo(
            "skill", [(_tr("— geen inschatting —"), "")]
            + [(term(SKILL_LABELS[c]), c) for c in SKILL_LABELS], _tr("Digitale vaardigheid"))
        self._row(det, "skill", _tr("&Vaardigheid"), self.skill)
        self.language = self._combo(
            "language", [(term(LANGUAGE_NAMES[c]), c) for c in LANGUAGES], _tr("Taal"))
        self._row(det, "language", _tr("Taa&l"), self.language)
        self.feedback = self._combo(
            "feedback", [(_tr("— geen —"), "")]
            + [(term(FEEDBACK_LABELS[c]), c) for c in FEEDBACK_LABELS], _tr("Feedback burger"))
        self._row(det, "feedback", _tr("&Feedback"), self.feedback)
        grid.addWidget(details, 0, 1)

        notes_box = QGroupBox(_tr("Notities (geen namen of rijksregisternummers)"), self)
        notes_layout = QVBoxLayout(notes_box)
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(_tr("Notities"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.fields["notes"] = self.notes
        notes_layout.addWidget(self.notes)
        error = QLabel(self)
        error.setStyleSheet(error_css())
        error.setAccessibleName(_tr("Fout bij notities"))
        error.hide()
        self.errors["notes"] = error
        notes_layout.addWidget(error)
        grid.addWidget(notes_box, 1, 0, 1, 2)

        self.summary = QLabel(self)
        self.summary.setAccessibleName(_tr("Samenvatting van de fouten"))
        self.summary.setStyleSheet(error_css(bold=True))
        self.summary.hide()
        outer.addWidget(self.summary)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            _tr("Bewaren (Enter)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setAccessibleName(_tr("Contact bewaren"))
        self.save_button.setDefault(True)
        # After a "not possible": keep the contact and go on to a referral, one key away.
        self.refer_button = self.buttons.addButton(
            _tr("&Bewaren en doorverwijzen"), QDialogButtonBox.ButtonRole.ActionRole)
        self.refer_button.setAccessibleName(_tr("Contact bewaren en een doorverwijzing maken"))
        self.refer_button.setAutoDefault(False)
        self.refer_button.clicked.connect(self.save_and_refer)
        cancel = self.buttons.addButton(
            _tr("Annuleren (Esc)"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(_tr("Annuleren"))
        # Enter does what the label says ("Bewaren (Enter)"), also with the focus on
        # Annuleren; Space still presses the button that has the focus.
        cancel.setAutoDefault(False)
        self.cancel_button = cancel
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        order: list[QWidget] = [
            self.topic, self.outcome, self.duration, self.reason, self.follow_up,
            self.citizen_ref, self.extra_topics, self.channel, self.office, self.date, self.time,
            self.staff, self.skill, self.language, self.feedback, self.notes,
        ]
        for a, b in pairwise(order):
            QWidget.setTabOrder(a, b)

    # -- remembering ----------------------------------------------------------------------
    def _remembered_keys(self) -> list[str]:
        """Settings that are empty and open: what is typed for them here is kept."""
        cfg = self.ctx.config
        return [key for key in ("staff_name", "office")
                if not getattr(cfg, key) and not cfg.is_locked(key)]

    def _remember_text(self) -> str:
        keys = self._remembered_keys()
        if keys == ["staff_name", "office"]:
            return _tr("Uw korte naam en het kantoor worden ook uw instellingen "
                       "(Bestand → Instellingen).")
        if keys == ["staff_name"]:
            return _tr("Uw korte naam wordt ook uw instelling (Bestand → Instellingen).")
        if keys == ["office"]:
            return _tr("Het kantoor wordt ook uw instelling (Bestand → Instellingen).")
        return ""

    def _remember(self, values: CaseValues) -> None:
        """Keep the name and office of a saved contact as settings, where none was set."""
        config = self.ctx.config
        typed = {"staff_name": values.staff, "office": values.office}
        kept = []
        for key in self._remembered_keys():
            if typed[key]:
                try:
                    config = save_user_setting(config, key, typed[key])
                except ConfigError as exc:
                    log.warning("setting %s not kept: %s", key, exc.key)
                    continue
                kept.append(typed[key])
        if not kept:
            return
        self.ctx.config = config
        window = self.parentWidget()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                _tr("Onthouden als uw instelling: {0}. Wijzigen kan in Bestand → "
                    "Instellingen.").format(", ".join(kept)), 10_000)

    # -- values --------------------------------------------------------------------------
    def _defaults(self) -> dict[str, str]:
        last = self.repo.defaults()
        day, hour = local_parts(self.ctx.clock.now())
        return {
            "office": last.get("office") or self.ctx.config.office,
            "channel": last.get("channel") or "counter",
            "staff": self.ctx.config.staff_name,
            "date": day,
            "time": hour,
            "language": ui_language(),  # the citizen at this counter most likely speaks it
        }

    def _fill(self, form: Mapping[str, str]) -> None:
        combos = {
            "outcome": self.outcome, "not_possible_reason": self.reason,
            "channel": self.channel, "skill": self.skill, "language": self.language,
            "feedback": self.feedback,
        }
        for key, combo in combos.items():
            if key in form:
                index = combo.findData(form[key])
                if index < 0 and key == "language" and form[key]:
                    combo.addItem(form[key], form[key])
                    index = combo.count() - 1
                combo.setCurrentIndex(max(index, 0))
        if "office" in form:
            self.office.setCurrentText(form["office"])
        lines = {
            "duration_min": self.duration, "follow_up_on": self.follow_up,
            "citizen_ref": self.citizen_ref, "date": self.date, "time": self.time,
            "staff": self.staff,
        }
        for key, edit in lines.items():
            if key in form:
                edit.setText(form[key])
        if "notes" in form:
            self.notes.setPlainText(form["notes"])
        if "referral_id" in form:
            self._hidden["referral_id"] = form["referral_id"]
        if "topics" in form:
            self._set_topics(form["topics"])
        if "extra_topics" in form:
            self.extra_topics.setText(form["extra_topics"])
        if self.guide_session is not None:
            self._describe_session()

    def _guide_topic(self, topic: str) -> str:
        """``guide:<id>`` as staff read it: the guide's title (remembered for the way back)."""
        title = self.ctx.guide_title(topic[6:])
        self._guide_titles[fold(title)] = topic
        return title

    def _set_topics(self, text: str) -> None:
        topics = parse_topics(text)
        configured = {fold(t): t for t in self.ctx.config.topics}
        main = next((t for t in topics if t.startswith("topic:")
                     and fold(t[6:]) in configured), None)
        if main is not None:
            self.topic.setCurrentIndex(max(self.topic.findData(configured[fold(main[6:])]), 0))
        else:
            # No configured topic: the guide is the topic, by its title (never its id).
            main = next((t for t in topics if t.startswith("guide:")), None)
            if main is not None:
                if self.topic.findData(main) < 0:
                    self.topic.addItem(_tr("Gids: {0}").format(self._guide_topic(main)), main)
                self.topic.setCurrentIndex(self.topic.findData(main))
            else:
                self.topic.setCurrentIndex(0)
        rest = [self._guide_topic(t) if t.startswith("guide:") else topic_label(t)
                for t in topics if t != main]
        self.extra_topics.setText("; ".join(rest))

    def _extra_topics(self) -> str:
        """The extra topics as codes: a guide's title back to ``guide:<id>``."""
        parts = [p.strip() for p in self.extra_topics.text().split(";") if p.strip()]
        return ";".join(self._guide_titles.get(fold(p), p) for p in parts)

    def form(self) -> dict[str, str]:
        """The form as texts, as :func:`validate_case` reads it."""
        topics = [t for t in [self.topic.currentData() or "", self._extra_topics()] if t]
        return {
            "topics": ";".join(topics),
            "outcome": self.outcome.currentData() or "",
            "duration_min": self.duration.text(),
            "not_possible_reason": self.reason.currentData() or "",
            "follow_up_on": self.follow_up.text(),
            "citizen_ref": self.citizen_ref.text(),
            "channel": self.channel.currentData() or "",
            "office": self.office.currentText(),
            "date": self.date.text(),
            "time": self.time.text(),
            "staff": self.staff.text(),
            "skill": self.skill.currentData() or "",
            "language": self.language.currentData() or "",
            "feedback": self.feedback.currentData() or "",
            "notes": self.notes.toPlainText(),
            "referral_id": self._hidden["referral_id"],
        }

    def rules(self) -> Rules:
        return Rules(now=self.ctx.clock.now(), topics=self.ctx.config.topics,
                     allow_for_citizen=self.ctx.config.allow_done_for_citizen)

    def _describe_session(self) -> None:
        s = self.guide_session or {}
        steps = len({v.get("step_id") for v in s.get("visits") or []})
        text = _tr("Uit de gids <b>{0}</b>: {1}, {2} min.").format(
            html.escape(self.ctx.guide_title(str(s.get("guide_id") or ""))),
            _tr("%n stappen", "", steps),
            max(1, int(float(s.get("duration_s") or 0) / 60 + 0.5)))
        visited = list(dict.fromkeys(v.get("step_id") for v in s.get("visits") or []))
        if s.get("drop_off_step") in visited:  # its place in the run, not its id
            text += " " + _tr("Gestopt bij stap <b>{0}</b>.").format(
                visited.index(s["drop_off_step"]) + 1)
        if s.get("outcome") == "stopped":
            text += " " + _tr("Kies de uitkomst.")
        else:
            text += " " + _tr("Kijk de uitkomst na en bewaar.")
        self.session_label.setText(text)
        self.session_label.show()

    # -- behaviour -----------------------------------------------------------------------
    def _connect_changes(self) -> None:
        for widget in self.fields.values():
            if isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self._changed)
                widget.editTextChanged.connect(self._changed)
            elif isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.textChanged.connect(self._changed)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)

    def _changed(self, *_args: object) -> None:
        if not self._loading and not self.saving:
            self._draft_timer.start()

    def _outcome_changed(self, *_args: object) -> None:
        not_possible = self.outcome.currentData() == "not_possible"
        self.reason.setEnabled(not_possible)
        self.refer_button.setVisible(not_possible)

    def draft_payload(self) -> dict[str, Any]:
        return {"form": self.form(), "case_id": self.case_id,
                "guide_session": self.guide_session}

    def save_draft(self) -> None:
        """Write the form as a draft (debounced; also on close without a choice)."""
        self._draft_timer.stop()
        repo, key, payload = self.repo, draft_key(self.case_id), self.draft_payload()

        def failed(exc: BaseException) -> None:  # a failed draft must not cost the open form
            log.warning("draft not saved: %s", type(exc).__name__)

        WriteOp(self.ctx, lambda _control: repo.save_draft(key, payload), changes=Changes(),
                title="quick-log draft", parent=self,
                on_done=lambda _none: self.draft_saved.emit(), on_error=failed).run()

    def show_errors(self, errors: Mapping[str, str]) -> None:
        errors = tr_messages(errors)  # the core's messages, in the employee's language
        for name, label in self.errors.items():
            message = errors.get(name)
            label.setVisible(bool(message))
            label.setText(_tr("Fout: {0}").format(message) if message else "")
            field = self.fields.get("topic" if name == "topics" else name)
            if field is not None:
                field.setAccessibleDescription(label.text())
        if errors:
            self.summary.setText(
                _tr("Niet bewaard: %n velden kloppen niet. Verbeter ze en druk op Enter.", "",
                    len(errors)))
            self.summary.show()
            first = next(iter(errors))
            target = self.fields.get("topic" if first == "topics" else first)
            if target is not None:
                target.setFocus()
        else:
            self.summary.hide()
        # A wrapped error line knows its height only at its final width, which the form
        # layout does not pass back up: lay out, then reserve each line's height.
        layout = self.layout()
        if layout is not None:
            layout.activate()
            for label in self.errors.values():
                needed = label.heightForWidth(label.width()) if label.isVisibleTo(self) else 0
                label.setMinimumHeight(max(needed, 0))  # -1: no height-for-width yet
            layout.activate()
        self.adjustSize()

    def values(self) -> CaseValues:
        """The checked case; raises :class:`CaseInvalid`."""
        return validate_case(self.form(), self.rules(), guide_session=self.guide_session)

    def save_and_refer(self) -> None:
        """Save the contact, then open a referral pre-filled from its "not possible" reason."""
        self._refer_after_save = True
        self.accept()
        if not self.saving:  # refused (the form shows why): no referral yet
            self._refer_after_save = False

    def accept(self) -> None:
        if self.saving:
            return  # Enter pressed again while the save runs: one case, not two
        try:
            values = self.values()
        except CaseInvalid as exc:
            self.show_errors(exc.errors)
            return
        self.show_errors({})
        self._draft_timer.stop()
        self.saving = True
        repo, case_id = self.repo, self.case_id

        def save(_control: object) -> str:
            saved = repo.save(values, case_id=case_id)
            repo.remember_defaults(values)
            return saved

        refer, self._refer_after_save = self._refer_after_save, False

        def done(saved: str) -> None:
            self.saving = False
            self._remember(values)
            self.case_id = saved
            self.saved.emit(saved)
            super(QuickLogDialog, self).accept()
            if refer:
                needs, barriers = referral_for_reason(values.not_possible_reason)
                self.ctx.referral_requested.emit(ReferralRequest(
                    needs=needs, barriers=barriers, case_id=saved, staff=values.staff,
                    office=values.office))

        def failed(exc: BaseException) -> None:
            self.saving = False
            self.ctx.errors.report(exc)

        WriteOp(self.ctx, save, changes=Changes(cases=True), title=_tr("Contact bewaren"),
                parent=self, busy=[self.buttons], on_done=done, on_error=failed).run()

    def has_work(self) -> bool:
        """Whether closing now would lose something: typed data, or a guide's record.

        A guide's record is at stake only while its contact is new: an opened contact
        already holds it, so closing one that nothing was changed in loses nothing.
        """
        if self.guide_session is not None and self.case_id is None:
            return True
        return self.form() != self._opened_with

    def reject(self) -> None:
        if self.saving:
            return  # the save decides: closing now would discard its draft
        if self.has_work():
            self._ask_discard()
            return
        self.discard()

    def _ask_discard(self) -> QMessageBox:
        """Esc or close with data: keep it, throw it away, or go on; going on is the default."""
        if self.discard_box is not None:
            return self.discard_box
        buttons = QMessageBox.StandardButton
        question = (_tr("Uw wijzigingen aan dit contact zijn nog niet bewaard. Wat wilt u "
                        "doen?") if self.case_id is not None
                    else _tr("Dit contact is nog niet bewaard. Wat wilt u doen?"))
        box = QMessageBox(QMessageBox.Icon.Question, _tr("Contact niet bewaard"), question,
                          buttons.Save | buttons.Discard | buttons.Cancel, self)
        save, drop, back = (box.button(buttons.Save), box.button(buttons.Discard),
                            box.button(buttons.Cancel))
        save.setText(_tr("&Bewaren"))
        drop.setText(_tr("&Niet bewaren"))
        back.setText(_tr("&Verder invullen"))
        box.setDefaultButton(buttons.Cancel)
        box.setEscapeButton(back)
        box.setAccessibleName(_tr("Contact niet bewaard"))

        def answered() -> None:
            self.discard_box = None
            clicked = box.clickedButton()
            if clicked is save:
                self.accept()
            elif clicked is drop:
                self.discard()

        box.finished.connect(lambda _r: answered())
        self.discard_box = box
        box.open()
        return box

    def discard(self) -> None:
        """Close and forget the form and its draft (asked first when it held work)."""
        if self.saving:
            return
        self._draft_timer.stop()
        repo, key = self.repo, draft_key(self.case_id)

        def failed(exc: BaseException) -> None:
            log.warning("draft not discarded: %s", type(exc).__name__)

        WriteOp(self.ctx, lambda _control: repo.discard_draft(key), changes=Changes(),
                title="quick-log draft discarded", on_error=failed).run()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window's close button asks like Esc does; the draft is kept meanwhile.
        if self._draft_timer.isActive():
            self.save_draft()
        if self.saving or (self.isVisible() and self.has_work()):
            event.ignore()
            if not self.saving:
                self._ask_discard()
            return
        super().closeEvent(event)

    # -- guide sessions ------------------------------------------------------------------
    def merge_session(self, session: Mapping[str, Any]) -> None:
        """A later guide of the same run: add its topic, time and outcome."""
        prefill = form_from_session(session)
        topics = parse_topics(self.form()["topics"]) + parse_topics(prefill["topics"])
        minutes = int(self.duration.text() or 0) if self.duration.text().isdigit() else 0
        prefill["duration_min"] = str(minutes + int(prefill["duration_min"]))
        prefill["topics"] = ";".join(dict.fromkeys(topics))
        self.guide_session = dict(session)
        self._fill(prefill)


def dialog_for_session(
    ctx: AppContext, repo: CaseRepository, session: Mapping[str, Any], parent: QWidget | None
) -> QuickLogDialog:
    return QuickLogDialog(ctx, repo, parent, form=form_from_session(session),
                          guide_session=session)


def dialog_for_case(
    ctx: AppContext, repo: CaseRepository, case_id: str, parent: QWidget | None
) -> QuickLogDialog | None:
    row = repo.get(case_id)
    if row is None:
        return None
    session = json.loads(row["guide_session"]) if row.get("guide_session") else None
    return QuickLogDialog(ctx, repo, parent, case_id=case_id, form=form_from_row(row),
                          guide_session=session)


def dialog_from_draft(
    ctx: AppContext, repo: CaseRepository, payload: Mapping[str, Any], parent: QWidget | None
) -> QuickLogDialog:
    form = payload.get("form") if isinstance(payload.get("form"), dict) else {}
    case_id = payload.get("case_id") if isinstance(payload.get("case_id"), str) else None
    session = payload.get("guide_session")
    return QuickLogDialog(ctx, repo, parent, case_id=case_id, form=form,
                          guide_session=session if isinstance(session, dict) else None)
