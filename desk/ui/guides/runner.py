"""The step runner: runs one guide (and the guides it links to) with a citizen.

It owns a :class:`~desk.domain.guides.session.GuideRun` and renders its state
in the panels of :mod:`desk.ui.guides.runner_panels`. It also owns the
citizen view and the handout, because both follow the run and the citizen's
chosen language.
"""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk.domain.guides.library import Library
from desk.domain.guides.model import Guide, Translation
from desk.domain.guides.session import Clock, GuideRun, GuideSession, Progress
from desk.domain.vocab import referral_for_reason
from desk.store.guide_reports import GuideReportRepository
from desk.ui.context import AppContext, ReferralRequest
from desk.ui.files import remember_folder, start_folder
from desk.ui.guides.citizen import (
    CitizenState,
    CitizenView,
    end_state,
    guide_title,
    intro_state,
    running_state,
    step_texts,
    translated_question,
)
from desk.ui.guides.handout import Handout, Part, handout_document, render_handout_pdf
from desk.ui.guides.labels import language_name, review_overdue_notice
from desk.ui.guides.reports import ReportStepDialog, Saved, saved_message
from desk.ui.guides.runner_panels import (
    EndedPanel,
    OutcomePanel,
    PrestartPanel,
    StepPanel,
    scrolled,
)
from desk.ui.i18n import ui_language
from desk.ui.messages import tr_message

log = logging.getLogger(__name__)

#: In ui-state.ini: the folder the last handout PDF went to (the next one starts there).
HANDOUT_FOLDER_KEY = "handout/folder"


class RunnerView(QWidget):
    """Runs a guide: pre-start checklist, steps, outcome; citizen view and handout.

    Signals:
        citizen_state_changed(CitizenState): what the citizen view shows now.
        run_ended(list): the run's GuideSession records, once, when it ends.
        back_to_library: staff want the guide library again.
        pdf_saved(Path): a handout PDF was written.
    """

    citizen_state_changed = Signal(object)
    run_ended = Signal(object)
    #: A "Deze stap klopt niet" report was saved; payload: desk.ui.guides.reports.Saved.
    report_saved = Signal(object)
    back_to_library = Signal()
    pdf_saved = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock: Clock = clock or ctx.clock.now
        self.library: Library | None = None
        self.guide: Guide | None = None  # the guide opened from the library
        self.run: GuideRun | None = None
        self.preferred_language = ui_language()  # the citizen's, once staff choose it
        self.citizen_state: CitizenState | None = None
        self.citizen_view: CitizenView | None = None

        outer = QVBoxLayout(self)
        header = QHBoxLayout()
        self.library_button = QPushButton(self.tr("« Te&rug naar gidsen"), self)
        self.library_button.setAccessibleName(self.tr("Terug naar de gidsen"))
        self.library_button.clicked.connect(self._header_back)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        header.addWidget(self.library_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.title, 1)
        outer.addLayout(header)
        # Said in words (not by colour), above every panel of the guide.
        self.review_notice = QLabel(self)
        self.review_notice.setObjectName("reviewOverdueNotice")
        self.review_notice.setWordWrap(True)
        self.review_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.review_notice.setFrameShape(QFrame.Shape.Box)
        self.review_notice.setLineWidth(2)
        self.review_notice.setMargin(6)
        self.review_notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        notice_font = self.review_notice.font()
        notice_font.setBold(True)
        self.review_notice.setFont(notice_font)
        self.review_notice.hide()
        outer.addWidget(self.review_notice)
        # After "Deze stap klopt niet": what happened to the report (until the step changes).
        self.report_notice = QLabel(self)
        self.report_notice.setObjectName("reportSavedNotice")
        self.report_notice.setWordWrap(True)
        self.report_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.report_notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.report_notice.setMargin(6)
        self.report_notice.hide()
        outer.addWidget(self.report_notice)
        self.report_dialog: ReportStepDialog | None = None
        self._report_counts: dict[str, dict[str, int]] = {}

        # Steps | (on a single screen: the citizen view) | the citizen box.
        self.body = QSplitter(Qt.Orientation.Horizontal, self)
        self.body.setChildrenCollapsible(False)
        outer.addWidget(self.body, 1)
        self.stack = QStackedWidget(self)
        self.prestart = PrestartPanel()
        self.step_panel = StepPanel()
        self.outcome_panel = OutcomePanel()
        self.ended_panel = EndedPanel()
        self.stack.addWidget(scrolled(self.prestart, self.stack))
        step_page = QWidget(self.stack)
        step_layout = QVBoxLayout(step_page)
        step_layout.setContentsMargins(0, 0, 0, 0)
        self.step_scroll = scrolled(self.step_panel, step_page)
        step_layout.addWidget(self.step_scroll, 1)
        self.step_panel.nav_bar.setParent(step_page)
        step_layout.addWidget(self.step_panel.nav_bar)
        self.stack.addWidget(step_page)
        self.stack.addWidget(self.outcome_panel)
        self.stack.addWidget(self.ended_panel)
        self.body.addWidget(self.stack)
        self.body.addWidget(self._build_citizen_box())
        self.body.setStretchFactor(0, 3)
        self.body.setStretchFactor(1, 1)

        self.prestart.start_requested.connect(self.start)
        self.step_panel.next_requested.connect(self.next)
        self.step_panel.back_requested.connect(self.back)
        self.step_panel.answer_chosen.connect(self.answer)
        self.step_panel.end_requested.connect(lambda: self._ask_outcome("done"))
        self.step_panel.actor_changed.connect(self._set_actor)
        self.step_panel.note_changed.connect(self._set_note)
        self.step_panel.report_requested.connect(self.report_step)
        self.outcome_panel.confirmed.connect(self._outcome_confirmed)
        self.ended_panel.refer_requested.connect(self._refer)
        self.outcome_panel.cancelled.connect(self._show_current_step)
        self.ended_panel.back_requested.connect(self.back_to_library)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        back = QShortcut(QKeySequence("Alt+Left"), self, context=context)
        back.activated.connect(self._shortcut_back)
        forward = QShortcut(QKeySequence("Alt+Right"), self, context=context)
        forward.activated.connect(self._shortcut_next)
        # 1 … 9 choose an answer as Alt+1 … Alt+9 do, unless a text field has the focus
        # (it takes the digit: Qt gives typing precedence over shortcuts).
        for number in range(1, 10):
            digit = QShortcut(QKeySequence(str(number)), self, context=context)
            digit.activated.connect(lambda n=number: self.answer_key(n))
        report = QShortcut(QKeySequence("Ctrl+Shift+M"), self, context=context)
        report.activated.connect(self._shortcut_report)
        ctx.synced.connect(self._after_sync)

    def _build_citizen_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Voor de burger"), self)
        layout = QVBoxLayout(box)
        self.language_label = QLabel(self.tr("&Taal van de burger:"), box)
        self.language = QComboBox(box)
        self.language.setAccessibleName(self.tr("Taal van de burger"))
        self.language_label.setBuddy(self.language)
        self.language.activated.connect(self._language_chosen)
        self.language_note = QLabel(box)
        self.language_note.setWordWrap(True)
        layout.addWidget(self.language_label)
        layout.addWidget(self.language)
        layout.addWidget(self.language_note)

        self.view_button = QPushButton(self.tr("B&urgerscherm tonen"), box)
        self.view_button.setCheckable(True)
        self.view_button.setAccessibleName(self.tr("Burgerscherm tonen of verbergen"))
        self.view_button.toggled.connect(self.set_citizen_view_visible)
        self.screen_label = QLabel(self.tr("Sc&herm voor de burger:"), box)
        self.screen_choice = QComboBox(box)
        self.screen_choice.setAccessibleName(self.tr("Scherm voor de burger"))
        self.screen_label.setBuddy(self.screen_choice)
        self.contrast = QCheckBox(self.tr("Hoog &contrast (wit op zwart)"), box)
        self.contrast.setAccessibleName(self.tr("Hoog contrast op het burgerscherm"))
        self.contrast.toggled.connect(self._contrast_toggled)
        layout.addWidget(self.view_button)
        layout.addWidget(self.screen_label)
        layout.addWidget(self.screen_choice)
        layout.addWidget(self.contrast)

        layout.addSpacing(self.fontMetrics().lineSpacing())
        layout.addWidget(QLabel(self.tr("Handout om mee te nemen:"), box))
        self.pdf_button = QPushButton(self.tr("Bewaren als &PDF…"), box)
        self.pdf_button.setAccessibleName(self.tr("Handout bewaren als PDF"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("Af&drukken…"), box)
        self.print_button.setAccessibleName(self.tr("Handout afdrukken"))
        self.print_button.clicked.connect(self.print_handout)
        layout.addWidget(self.pdf_button)
        layout.addWidget(self.print_button)
        # Where the PDF went (or why it did not), with a link to open the folder.
        self.handout_status = QLabel(box)
        self.handout_status.setWordWrap(True)
        self.handout_status.setTextFormat(Qt.TextFormat.RichText)
        self.handout_status.setOpenExternalLinks(True)
        self.handout_status.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction)
        self.handout_status.setAccessibleName(self.tr("Handout"))
        self.handout_status.hide()
        layout.addWidget(self.handout_status)
        layout.addStretch(1)
        self._fill_screens()
        return box

    # -- opening and the run -------------------------------------------------
    @property
    def running(self) -> bool:
        return self.run is not None and self.run.started and not self.run.ended

    @property
    def current_guide(self) -> Guide | None:
        return self.run.guide if self.run is not None else self.guide

    def open_guide(self, guide: Guide, library: Library) -> None:
        """Show ``guide`` before starting. A run still going is stopped and recorded."""
        if self.running:
            self._end_with("stopped", None)
        self.library = library
        self.guide = guide
        self.run = GuideRun(guide, library.get, clock=self.clock)
        self.prestart.show_guide(guide)
        self._guide_changed()
        self.stack.setCurrentIndex(0)
        self._publish()
        self.prestart.first_focus().setFocus()

    def start(self) -> None:
        if self.run is None or self.run.started:
            return
        self.run.start()
        self._show_current_step()

    def next(self) -> None:
        if not self.running or self.run is None:
            return
        if self.run.current_step.question is not None:
            return
        self._moved(lambda run: run.next())

    def answer(self, index: int) -> None:
        if not self.running:
            return
        self._moved(lambda run: run.answer(index))

    def back(self) -> None:
        if self.run is not None and self.run.can_back:
            self.run.back()
            self._show_current_step()

    def _moved(self, action: object) -> None:
        assert self.run is not None
        before = self.run.guide.id
        try:
            action(self.run)  # type: ignore[operator]
        except Exception as exc:  # a link to a missing guide must not lose the run
            self.ctx.errors.report(exc)
            return
        if self.run.ended:
            self._run_over()
            return
        if self.run.guide.id != before:
            self._guide_changed()
        self._show_current_step()

    def _show_current_step(self) -> None:
        if not self.running or self.run is None:
            return
        step = self.run.current_step
        translation = self._translation()
        _, citizen = step_texts(step, translation)
        question, answers = translated_question(step, translation)
        if question:
            # Staff see what the citizen sees, the translated question included.
            citizen += "\n\n" + question + "\n" + "\n".join(f"•  {a}" for a in answers)
        self.step_panel.show_step(
            step,
            self.progress(),
            self.run.actor,
            self.run.note,
            citizen,
            self.run.can_back,
            self.run.guide,
        )
        self.stack.setCurrentIndex(1)
        self._publish()
        self.report_notice.hide()
        self._show_report_count()
        # Start reading at the top of the new step; Alt+1… and the buttons
        # below the scrolling text work without scrolling.
        self.step_scroll.verticalScrollBar().setValue(0)
        self.step_panel.first_focus().setFocus()

    def progress(self) -> Progress:
        """Where the run stands, counted towards success."""
        assert self.run is not None
        return self.run.progress()

    def _set_actor(self, actor: str) -> None:
        if self.running and self.run is not None:
            self.run.set_actor(actor)  # type: ignore[arg-type]

    def _set_note(self, text: str) -> None:
        if self.running and self.run is not None:
            self.run.note = text

    def _ask_outcome(self, preselect: str) -> None:
        self.outcome_panel.reset(preselect)
        self.stack.setCurrentIndex(2)
        self.outcome_panel.first_focus().setFocus()

    def _outcome_confirmed(self, outcome: str, reason: str | None) -> None:
        self._end_with(outcome, reason)

    def _end_with(self, outcome: str, reason: str | None) -> None:
        if not self.running or self.run is None:
            return
        if outcome == "done":
            self.run.finish()
        else:
            self.run.stop(outcome, reason)  # type: ignore[arg-type]
        self._run_over()

    def _run_over(self) -> None:
        assert self.run is not None
        sessions = self.run.sessions
        titles = {}
        if self.library is not None:
            titles = {s.guide_id: g.title for s in sessions if (g := self.library.get(s.guide_id))}
        self.ended_panel.show_sessions(sessions, titles)
        self.stack.setCurrentIndex(3)
        self._publish()
        self.ended_panel.first_focus().setFocus()
        self.run_ended.emit(sessions)

    def _refer(self, reason: str) -> None:
        """A referral for the citizen, needs and barriers taken from the ending's reason."""
        needs, barriers = referral_for_reason(reason)
        self.ctx.referral_requested.emit(ReferralRequest(needs=needs, barriers=barriers))

    def stop_if_running(self) -> list[GuideSession]:
        """Stop a run in progress (outcome ``stopped``); returns its records."""
        if self.running and self.run is not None:
            self._end_with("stopped", None)
            return self.run.sessions
        return []

    def _header_back(self) -> None:
        if self.running:
            # Leaving mid-run must not lose the record: ask how it ended.
            self._ask_outcome("stopped")
        else:
            self.back_to_library.emit()

    def _shortcut_back(self) -> None:
        if self.stack.currentIndex() == 1:
            self.back()

    def answer_key(self, number: int) -> None:
        """Answer *number* (1-based) of the question on screen, if there is one."""
        buttons = self.step_panel.answer_buttons
        if self.stack.currentIndex() == 1 and 0 < number <= len(buttons):
            buttons[number - 1].click()

    def _shortcut_next(self) -> None:
        if self.stack.currentIndex() == 1:
            self.next()

    def _shortcut_report(self) -> None:
        if self.stack.currentIndex() == 1:
            self.report_step()

    # -- "Deze stap klopt niet" ----------------------------------------------
    def report_step(self) -> ReportStepDialog | None:
        """Open the dialog to report the current step to the guide editors."""
        if not self.running or self.run is None:
            return None
        if self.report_dialog is not None and self.report_dialog.isVisible():
            self.report_dialog.raise_()
            self.report_dialog.activateWindow()
            return self.report_dialog
        dialog = ReportStepDialog(self.ctx, self.run.guide, self.run.current_step, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._report_saved)
        dialog.finished.connect(self._report_dialog_closed)
        self.report_dialog = dialog
        dialog.open()
        return dialog

    def _report_dialog_closed(self, _code: int) -> None:
        self.report_dialog = None  # deleted on close

    def _report_saved(self, saved: Saved) -> None:
        text = saved_message(saved)
        self.report_notice.setText(text)
        self.report_notice.setAccessibleName(text)
        self.report_notice.show()
        self.report_saved.emit(saved)
        self._load_report_counts()

    def _after_sync(self, _report: object) -> None:
        self._load_report_counts()  # colleagues' reports and the editors' answers came in

    def _load_report_counts(self) -> None:
        """Open reports per step of the current guide (on the worker)."""
        guide = self.current_guide
        store = self.ctx.store
        if guide is None or store is None:
            return
        guide_id = guide.id
        self.ctx.worker.submit(
            lambda: GuideReportRepository(store).open_counts(guide_id),
            on_done=lambda counts: self._report_counts_loaded(guide_id, counts),
            on_error=lambda exc: log.warning("report counts: %s", type(exc).__name__),
            title=self.tr("Meldingen laden"),
        )

    def _report_counts_loaded(self, guide_id: str, counts: dict[str, int]) -> None:
        self._report_counts[guide_id] = counts
        self._show_report_count()

    def _show_report_count(self) -> None:
        if not self.running or self.run is None:
            return
        counts = self._report_counts.get(self.run.guide.id, {})
        self.step_panel.show_reports(counts.get(self.run.current_step.id, 0))

    # -- language ------------------------------------------------------------
    def available_languages(self) -> list[str]:
        guide = self.current_guide
        if guide is None or self.library is None:
            return ["nl"]
        return ["nl", *[lang for lang in self.library.languages(guide.id) if lang != "nl"]]

    @property
    def language_code(self) -> str:
        """The language the citizen sees now (the preference, if this guide has it)."""
        available = self.available_languages()
        return self.preferred_language if self.preferred_language in available else "nl"

    def set_language(self, code: str) -> None:
        self.preferred_language = code
        self._fill_languages()
        if self.running:
            self._show_current_step()
        else:
            self._publish()

    def _language_chosen(self, index: int) -> None:
        code = self.language.itemData(index)
        if isinstance(code, str):
            self.set_language(code)

    def _translation(self) -> Translation | None:
        guide = self.current_guide
        code = self.language_code
        if guide is None or self.library is None or code == "nl":
            return None
        return self.library.translation(guide.id, code)

    def _guide_changed(self) -> None:
        guide = self.current_guide
        if guide is None:
            return
        self.title.setText(guide.title)
        self._show_review(guide)
        self._fill_languages()
        self._load_report_counts()

    def _show_review(self, guide: Guide) -> None:
        """Tell staff when the guide (or the one a link led to) is overdue for review."""
        notice = review_overdue_notice(guide, self.ctx.clock.today())
        self.review_notice.setVisible(notice is not None)
        self.review_notice.setText(notice or "")
        self.review_notice.setAccessibleName(notice or "")

    def _fill_languages(self) -> None:
        self.language.blockSignals(True)
        self.language.clear()
        for code in self.available_languages():
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.language_code)))
        self.language.blockSignals(False)
        if self.preferred_language != self.language_code:
            self.language_note.setText(
                self.tr("Deze gids heeft geen vertaling in het {0}; de burger ziet Nederlands.")
                .format(language_name(self.preferred_language))
            )
            self.language_note.show()
        else:
            self.language_note.hide()

    # -- citizen view --------------------------------------------------------
    def _publish(self) -> None:
        guide = self.current_guide
        if guide is None or self.run is None:
            return
        translation = self._translation()
        code = self.language_code
        if self.run.ended:
            state = end_state(guide, translation, code)
        elif not self.run.started:
            state = intro_state(guide, translation, code)
        else:
            state = running_state(guide, self.run.current_step, translation, code,
                                  self.progress())
        self.citizen_state = state
        if self.citizen_view is not None:
            self.citizen_view.show_state(state)
        self.citizen_state_changed.emit(state)

    def _fill_screens(self) -> None:
        screens = QGuiApplication.screens()
        self.screen_choice.clear()
        mine = self.screen()
        preferred = 0
        for index, screen in enumerate(screens):
            size = screen.size()
            text = self.tr("Scherm {0}: {1} ({2}×{3})").format(
                index + 1, screen.name(), size.width(), size.height()
            )
            if screen is mine:
                text += " " + self.tr("— hetzelfde als Desk")
            elif preferred == 0:
                preferred = index
            self.screen_choice.addItem(text, index)
        self.screen_choice.setCurrentIndex(preferred)
        several = len(screens) > 1
        self.screen_label.setVisible(several)
        self.screen_choice.setVisible(several)

    def ensure_citizen_view(self) -> CitizenView:
        if self.citizen_view is None:
            self.citizen_view = CitizenView(self)
            self.citizen_view.set_high_contrast(self.contrast.isChecked())
            self.citizen_view.visibility_changed.connect(self._view_visibility)
            self.citizen_view.answer_key.connect(self.answer_key)
            if self.citizen_state is not None:
                self.citizen_view.show_state(self.citizen_state)
        return self.citizen_view

    def set_citizen_view_visible(self, visible: bool) -> None:
        """Show the citizen view: on the chosen screen when there are several, else beside
        the steps in this window, so that it never covers the staff's buttons."""
        if not visible:
            if self.citizen_view is not None:
                self.citizen_view.hide()
            return
        view = self.ensure_citizen_view()
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            index = self.screen_choice.currentData()
            target = screens[index] if isinstance(index, int) and index < len(screens) else None
            if view.embedded:
                view.detach(self)
            view.place_on(target)
            return
        if view.embedded:
            view.show()
            return
        sizes = self.body.sizes()
        view.embed(self.body, 1)
        view.show()
        # Half of what the steps had: both stay readable, the buttons in view.
        steps = sizes[0] if sizes and sizes[0] > 0 else self.width() // 2
        self.body.setSizes([steps - steps // 2, steps // 2, *sizes[1:]])

    def _view_visibility(self, _visible: bool) -> None:
        # Hidden by staff (button, Esc, closing its window), not merely with its page.
        view = self.citizen_view
        visible = view is not None and not view.isHidden()
        if self.view_button.isChecked() != visible:
            self.view_button.blockSignals(True)
            self.view_button.setChecked(visible)
            self.view_button.blockSignals(False)
        self.view_button.setText(
            self.tr("B&urgerscherm verbergen") if visible else self.tr("B&urgerscherm tonen")
        )

    def _contrast_toggled(self, on: bool) -> None:
        if self.citizen_view is not None:
            self.citizen_view.set_high_contrast(on)

    # -- handout ---------------------------------------------------------------
    def current_handout(self) -> Handout | None:
        """The handout for where the citizen is: the steps still to do, then the guides
        this one was reached from, from the step that led here (what comes after).

        After a run that did not succeed, it starts where the run stopped; after one
        that did, it is the whole guide, to read again at home.
        """
        guide = self.current_guide
        if guide is None:
            return None
        run = self.run
        if run is None or not run.started:
            return Handout(guide, self._translation(), self.language_code, None)
        sessions = run.sessions
        not_possible = False
        if self.running:
            from_step: str | None = run.current_step.id
            parents = sessions
        else:
            last = sessions[-1]
            ended = self.library.get(last.guide_id) if self.library is not None else None
            guide = ended or guide
            from_step = last.drop_off_step if last.outcome != "done" else None
            not_possible = last.outcome == "not_possible"
            parents = sessions[:-1]
        then = []
        for session in reversed(parents):
            parent = self.library.get(session.guide_id) if self.library is not None else None
            step = session.drop_off_step
            # A link from a guide's first step sends the citizen elsewhere (triage); a
            # link further on is a detour, after which that guide goes on.
            if session.linked_guide and parent is not None and step and step != parent.start:
                then.append(Part(parent, self._translation_of(parent), step))
        return Handout(guide, self._translation_of(guide), self.language_code, from_step,
                       then=tuple(then), not_possible=not_possible)

    def _translation_of(self, guide: Guide) -> Translation | None:
        code = self.language_code
        if self.library is None or code == "nl":
            return None
        return self.library.translation(guide.id, code)

    def save_pdf(self) -> None:
        handout = self.current_handout()
        if handout is None:
            return
        folder = start_folder(self.ctx.settings, HANDOUT_FOLDER_KEY)
        suggested = str(folder / f"{handout.guide.id}-{handout.language}.pdf")
        dialog = QFileDialog(self, self.tr("Handout bewaren als PDF"), suggested)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF-bestanden (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(suggested)
        dialog.fileSelected.connect(lambda name: self.write_pdf(handout, Path(name)))
        dialog.open()

    def write_pdf(self, handout: Handout, path: Path) -> None:
        """Render the handout to ``path`` off the GUI thread; ``pdf_saved`` when done."""
        self.handout_status.setText(self.tr("Handout wordt bewaard…"))
        self.handout_status.show()
        self.ctx.worker.submit(
            render_handout_pdf,
            handout,
            path,
            on_done=self._pdf_written,
            on_error=self._pdf_failed,
            title=self.tr("Handout bewaren"),
            progress_parent=self,
        )

    def _pdf_written(self, path: Path) -> None:
        remember_folder(self.ctx.settings, HANDOUT_FOLDER_KEY, path)
        folder = path.parent
        self.handout_status.setText(
            self.tr("Bewaard: {0} in de map {1}.").format(
                f"<b>{html.escape(path.name)}</b>",
                f'<a href="{html.escape(QUrl.fromLocalFile(str(folder)).toString(), quote=True)}">'
                f"{html.escape(str(folder))}</a>"))
        self.handout_status.show()
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                self.tr("Handout bewaard: {0}").format(str(path)), 10_000)
        self.pdf_saved.emit(path)

    def _pdf_failed(self, exc: BaseException) -> None:
        message = getattr(exc, "message", None)
        self.handout_status.setText(html.escape(
            self.tr("Niet bewaard: {0}").format(tr_message(message) if isinstance(message, str)
                                                else self.tr("zie de foutmelding."))))
        self.handout_status.show()
        self.ctx.errors.report(exc)

    def print_handout(self) -> QDialog | None:
        """A print preview of the handout; its Afdrukken button prints it."""
        handout = self.current_handout()
        if handout is None:
            return None
        try:
            from desk.ui.guides.preview import PrintPreview
        except ImportError:  # print support missing in this Qt build
            self.ctx.errors.report(ImportError("QtPrintSupport"))
            return None
        dialog = PrintPreview(lambda: handout_document(handout),
                              self.tr("Handout afdrukken: {0}").format(
                                  guide_title(handout.guide, handout.translation)), self)
        dialog.open()
        return dialog
