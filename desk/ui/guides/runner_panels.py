"""The panels of the step runner: before starting, one step, choosing the outcome, ended.

Each panel only shows what it is given and reports what staff do through
signals; :class:`desk.ui.guides.runner.RunnerView` owns the run.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desk.domain.guides.model import ACTORS, REASONS, Guide, Step
from desk.domain.guides.session import GuideSession, Progress
from desk.ui.guides.images import show_image
from desk.ui.guides.labels import actor_label, bring_label, outcome_label, reason_label
from desk.ui.guides.wrapping import WrapButton, WrapCheckBox


def _wrap(text: str = "", parent: QWidget | None = None, *, selectable: bool = True) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _heading(text: str, parent: QWidget, scale: float = 1.3) -> QLabel:
    label = _wrap(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def scrolled(inner: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    # Everything inside wraps; a sideways scroll bar would only hide text.
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(inner)
    return area


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


class PrestartPanel(QWidget):
    """What to bring and the pre-checks, then Start.

    Signals:
        start_requested: Staff pressed Start.
    """

    start_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.summary = _wrap("", self)
        self.minutes = _wrap("", self)
        layout.addWidget(self.summary)
        layout.addWidget(self.minutes)

        self.bring_box = QGroupBox(self.tr("Wat moet de burger meebrengen?"), self)
        self.bring_layout = QVBoxLayout(self.bring_box)
        layout.addWidget(self.bring_box)
        self.checks_box = QGroupBox(self.tr("Controleer eerst"), self)
        self.checks_layout = QVBoxLayout(self.checks_box)
        layout.addWidget(self.checks_box)

        self.missing = _wrap("", self)
        layout.addWidget(self.missing)
        self.start_button = QPushButton(self.tr("&Start de gids"), self)
        self.start_button.setAccessibleName(self.tr("Start de gids"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start_requested)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.sources = QLabel(self)
        self.sources.setWordWrap(True)
        self.sources.setTextFormat(Qt.TextFormat.RichText)
        self.sources.setOpenExternalLinks(True)
        self.sources.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.sources.setAccessibleName(self.tr("Officiële bronnen"))
        # A long address must not widen the panel; it may be cut off at the edge.
        self.sources.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.sources)
        layout.addStretch(1)
        self.checkboxes: list[WrapCheckBox] = []

    def show_guide(self, guide: Guide) -> None:
        self.summary.setText(guide.summary)
        self.minutes.setText(self.tr("Duurt ongeveer {0} minuten.").format(guide.minutes))
        _clear(self.bring_layout)
        _clear(self.checks_layout)
        self.checkboxes = []
        for code in guide.bring:
            box = WrapCheckBox(bring_label(code), self.bring_box)
            self.bring_layout.addWidget(box)
            self.checkboxes.append(box)
        for text in guide.prechecks:
            box = WrapCheckBox(text, self.checks_box)
            self.checks_layout.addWidget(box)
            self.checkboxes.append(box)
        self.bring_box.setVisible(bool(guide.bring))
        self.checks_box.setVisible(bool(guide.prechecks))
        for box in self.checkboxes:
            box.toggled.connect(self._update_missing)
        self._update_missing()
        links = "".join(
            f'<li><a href="{html.escape(u, quote=True)}">{html.escape(u)}</a></li>'
            for u in guide.sources
        )
        heading = html.escape(self.tr("Officiële bronnen"))
        self.sources.setText(f"<b>{heading}</b><ul>{links}</ul>" if links else "")

    def _update_missing(self) -> None:
        open_items = sum(1 for box in self.checkboxes if not box.isChecked())
        if open_items:
            self.missing.setText(
                self.tr("Nog %n punten niet aangevinkt. U kunt toch starten.", "", open_items)
            )
        else:
            self.missing.setText(self.tr("Alles is aangevinkt."))

    def first_focus(self) -> QWidget:
        return self.checkboxes[0] if self.checkboxes else self.start_button


class StepPanel(QWidget):
    """One step: progress, texts, who acts, the question's answers, a note, back and next.

    Signals:
        next_requested, back_requested, end_requested: the navigation buttons.
        report_requested: "Deze stap klopt niet" (report the step to the guide editors).
        answer_chosen(int): index of the chosen answer.
        actor_changed(str): an actor code.
        note_changed(str): the note text.
    """

    next_requested = Signal()
    back_requested = Signal()
    end_requested = Signal()
    report_requested = Signal()
    answer_chosen = Signal(int)
    actor_changed = Signal(str)
    note_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.progress_label = _wrap("", self)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Voortgang in de gids"))
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        self.title = _heading("", self)
        layout.addWidget(self.title)

        self.alone = _wrap("", self)
        self.alone.setObjectName("citizenAloneBanner")
        self.alone.setFrameShape(QFrame.Shape.Box)
        self.alone.setLineWidth(2)
        self.alone.setMargin(8)
        font = self.alone.font()
        font.setBold(True)
        self.alone.setFont(font)
        layout.addWidget(self.alone)

        layout.addWidget(_heading(self.tr("Voor de medewerker"), self, 1.0))
        self.staff_text = _wrap("", self)
        layout.addWidget(self.staff_text)
        layout.addWidget(_heading(self.tr("Op het burgerscherm"), self, 1.0))
        self.citizen_text = _wrap("", self)
        self.citizen_text.setFrameShape(QFrame.Shape.StyledPanel)
        self.citizen_text.setMargin(6)
        layout.addWidget(self.citizen_text)
        self.image = QLabel(self)
        self.image.setObjectName("stepImage")
        self.image.hide()
        layout.addWidget(self.image)

        self.actor_box = QGroupBox(self.tr("Wie doet deze stap?"), self)
        actor_row = QHBoxLayout(self.actor_box)
        self.actor_group = QButtonGroup(self)
        self.actor_buttons: dict[str, QRadioButton] = {}
        mnemonic = {"citizen": self.tr("Burger &alleen"), "together": self.tr("Sa&men"),
                    "staff": self.tr("M&edewerker")}
        for position, code in enumerate(ACTORS):
            button = QRadioButton(mnemonic[code], self.actor_box)
            button.setAccessibleName(actor_label(code))
            self.actor_group.addButton(button, position)
            self.actor_buttons[code] = button
            actor_row.addWidget(button)
        actor_row.addStretch(1)
        self.actor_group.idToggled.connect(self._actor_toggled)
        layout.addWidget(self.actor_box)

        self.question_box = QGroupBox(self)
        self.answers_layout = QVBoxLayout(self.question_box)
        self.question_text = _wrap("", self.question_box)
        self.answers_layout.addWidget(self.question_text)
        self.answer_buttons: list[WrapButton] = []
        layout.addWidget(self.question_box)

        self.note_label = QLabel(self.tr("&Notitie bij deze stap (niet voor de burger)"), self)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Notitie bij deze stap"))
        lines = self.note.fontMetrics().lineSpacing()
        self.note.setFixedHeight(lines * 4 + 12)
        self.note_label.setBuddy(self.note)
        self.note.textChanged.connect(lambda: self.note_changed.emit(self.note.toPlainText()))
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)
        # What the organisation already reported about this step (set by the runner).
        self.reports_label = _wrap("", self)
        self.reports_label.setObjectName("stepReports")
        self.reports_label.hide()
        layout.addWidget(self.reports_label)

        # The navigation row lives outside the scrolling text (see RunnerView),
        # so Back, Next and End stay on screen however long a step is.
        self.nav_bar = QWidget()
        nav = QHBoxLayout(self.nav_bar)
        nav.setContentsMargins(0, 0, 0, 0)
        self.back_button = QPushButton(self.tr("« &Vorige"), self.nav_bar)
        self.back_button.setAccessibleName(self.tr("Vorige stap"))
        self.next_button = QPushButton(self.tr("Vo&lgende »"), self.nav_bar)
        self.next_button.setAccessibleName(self.tr("Volgende stap"))
        self.end_button = QPushButton(self.tr("Beë&indigen…"), self.nav_bar)
        self.end_button.setAccessibleName(self.tr("Gids beëindigen"))
        self.report_button = QPushButton(self.tr("Deze stap &klopt niet…"), self.nav_bar)
        self.report_button.setAccessibleName(
            self.tr("Deze stap klopt niet: melden aan de redactie")
        )
        self.report_button.setToolTip(self.tr("Meld aan de redactie dat deze stap niet klopt "
                                              "(Ctrl+Shift+M)"))  # fmt: skip
        self.back_button.clicked.connect(self.back_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.end_button.clicked.connect(self.end_requested)
        self.report_button.clicked.connect(self.report_requested)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        nav.addStretch(1)
        nav.addWidget(self.report_button)
        nav.addWidget(self.end_button)
        layout.addStretch(1)
        self._filling = False

    def _actor_toggled(self, button_id: int, checked: bool) -> None:
        if checked and not self._filling:
            self.actor_changed.emit(ACTORS[button_id])

    def show_step(
        self,
        step: Step,
        progress: Progress,
        actor: str,
        note: str,
        citizen_text: str,
        can_back: bool,
        guide: Guide | None = None,
    ) -> None:
        self._filling = True
        try:
            if progress.exact:
                text = self.tr("Stap {0} van {1}").format(progress.position, progress.total)
            else:
                text = self.tr("Stap {0} van ongeveer {1}").format(
                    progress.position, progress.total
                )
            self.progress_label.setText(text)
            self.progress.setRange(0, max(progress.total, 1))
            self.progress.setValue(progress.position)
            self.progress.setAccessibleDescription(text)
            self.title.setText(step.title)
            self.alone.setVisible(step.actor == "citizen")
            self.alone.setText(
                self.tr(
                    "Burger alleen: de burger typt zelf de PIN-code, het wachtwoord of "
                    "bevestigt met itsme. Kijk weg van het scherm en het toetsenbord. "
                    "Raak het toestel niet aan."
                )
            )
            self.staff_text.setText(step.staff_text or self.tr("(geen uitleg voor de medewerker)"))
            self.citizen_text.setText(citizen_text)
            show_image(self.image, guide, step, 40 * self.fontMetrics().averageCharWidth())
            self.actor_buttons[actor].setChecked(True)
            if self.note.toPlainText() != note:
                self.note.setPlainText(note)
            self._show_question(step)
            self.back_button.setEnabled(can_back)
            has_question = step.question is not None
            self.next_button.setVisible(not has_question)
            if not has_question and step.flow is not None and step.flow.is_end:
                self.next_button.setText(self.tr("Afronden: ge&lukt"))
                self.next_button.setAccessibleName(self.tr("Afronden: gelukt"))
            else:
                self.next_button.setText(self.tr("Vo&lgende »"))
                self.next_button.setAccessibleName(self.tr("Volgende stap"))
        finally:
            self._filling = False

    def _show_question(self, step: Step) -> None:
        for button in self.answer_buttons:
            self.answers_layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.answer_buttons = []
        question = step.question
        self.question_box.setVisible(question is not None)
        if question is None:
            return
        self.question_box.setTitle(self.tr("Vraag"))
        self.question_text.setText(question.text)
        for index, answer in enumerate(question.answers):
            label = answer.label
            if answer.kind == "guide":
                label += " " + self.tr("(naar een andere gids)")
            elif answer.kind == "end":
                label += " " + self.tr("(einde: {0})").format(outcome_label(answer.value))
            # Alt+1 … Alt+9 choose an answer; later answers are reached with Tab.
            key = str(index + 1) if index < 9 else ""
            button = WrapButton(label, key, self.question_box)
            button.setAccessibleName(answer.label)
            button.clicked.connect(lambda _=False, i=index: self.answer_chosen.emit(i))
            self.answers_layout.addWidget(button)
            self.answer_buttons.append(button)

    def show_reports(self, open_count: int) -> None:
        """How many open reports the organisation has about this step (hidden when none)."""
        self.reports_label.setVisible(open_count > 0)
        if open_count:
            text = self.tr("Uw organisatie meldde al dat deze stap niet klopt ({0} open "
                           "melding(en)). Kijk bij 'Deze stap klopt niet…'.").format(open_count)
            self.reports_label.setText(text)
            self.reports_label.setAccessibleName(text)

    def first_focus(self) -> QWidget:
        if self.answer_buttons:
            return self.answer_buttons[0]
        return self.next_button


class OutcomePanel(QWidget):
    """Staff end the guide themselves: done, not possible (with a reason) or stopped.

    Signals:
        confirmed(str, object): outcome code and reason code (or None).
        cancelled: back to the step.
    """

    confirmed = Signal(str, object)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Hoe is de gids afgelopen?"), self))
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        texts = {"done": self.tr("Ge&lukt: het doel is bereikt"),
                 "not_possible": self.tr("&Niet mogelijk"),
                 "stopped": self.tr("Ge&stopt (bijvoorbeeld: de burger komt later terug)")}
        for position, code in enumerate(("done", "not_possible", "stopped")):
            button = QRadioButton(texts[code], self)
            button.setAccessibleName(outcome_label(code))
            self.group.addButton(button, position)
            self.buttons[code] = button
            layout.addWidget(button)
        reason_row = QHBoxLayout()
        self.reason_label = QLabel(self.tr("&Reden:"), self)
        self.reason = QComboBox(self)
        self.reason.setAccessibleName(self.tr("Reden waarom het niet mogelijk is"))
        for code in REASONS:
            self.reason.addItem(reason_label(code), code)
        self.reason_label.setBuddy(self.reason)
        reason_row.addSpacing(self.fontMetrics().averageCharWidth() * 4)
        reason_row.addWidget(self.reason_label)
        reason_row.addWidget(self.reason)
        reason_row.addStretch(1)
        layout.addLayout(reason_row)
        self.group.idToggled.connect(lambda *_: self._sync())

        row = QHBoxLayout()
        self.confirm = QPushButton(self.tr("Be&vestigen"), self)
        self.confirm.setAccessibleName(self.tr("Einde bevestigen"))
        self.cancel = QPushButton(self.tr("Terug naar de st&ap"), self)
        self.cancel.setAccessibleName(self.tr("Terug naar de stap"))
        self.confirm.clicked.connect(self._confirm)
        self.cancel.clicked.connect(self.cancelled)
        row.addWidget(self.confirm)
        row.addWidget(self.cancel)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.reset()

    def reset(self, outcome: str = "done") -> None:
        self.buttons[outcome].setChecked(True)
        self.reason.setCurrentIndex(0)
        self._sync()

    def _sync(self) -> None:
        on = self.buttons["not_possible"].isChecked()
        self.reason.setEnabled(on)
        self.reason_label.setEnabled(on)

    def outcome(self) -> str:
        return next(code for code, button in self.buttons.items() if button.isChecked())

    def _confirm(self) -> None:
        outcome = self.outcome()
        reason = self.reason.currentData() if outcome == "not_possible" else None
        self.confirmed.emit(outcome, reason)

    def first_focus(self) -> QWidget:
        return self.buttons[self.outcome()]


class EndedPanel(QWidget):
    """The run is over: what happened, and the way back to the library.

    After an ending "not possible" it offers a referral first (the focus is on
    it: Enter starts it), with the needs and barriers the reason calls for.

    Signals:
        back_requested: to the library.
        refer_requested(str): start a pre-filled referral; payload: the reason code.
    """

    back_requested = Signal()
    refer_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.heading = _heading("", self)
        self.detail = _wrap("", self)
        layout.addWidget(self.heading)
        layout.addWidget(self.detail)
        self.refer_hint = _wrap("", self)
        self.refer_hint.hide()
        layout.addWidget(self.refer_hint)
        self.refer = QPushButton(self.tr("Door&verwijzen…"), self)
        self.refer.setAccessibleName(self.tr("Doorverwijzing maken voor deze burger"))
        self.refer.clicked.connect(lambda: self.refer_requested.emit(self.reason or "other"))
        self.refer.hide()
        self.reason: str | None = None
        self.back = QPushButton(self.tr("Terug &naar de gidsen"), self)
        self.back.setAccessibleName(self.tr("Terug naar de gidsen"))
        self.back.clicked.connect(self.back_requested)
        row = QHBoxLayout()
        row.addWidget(self.refer)
        row.addWidget(self.back)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_sessions(self, sessions: list[GuideSession], titles: dict[str, str]) -> None:
        last = sessions[-1]
        not_possible = last.outcome == "not_possible"
        self.reason = last.reason if not_possible else None
        self.refer.setVisible(not_possible)
        self.refer.setDefault(not_possible)
        self.refer_hint.setVisible(not_possible)
        if not_possible:
            self.refer_hint.setText(self.tr(
                "Dit lukte vandaag niet. Een partner kan de burger verder helpen: druk op "
                "Enter of kies Doorverwijzen. Noden en drempels staan al ingevuld."))
        text = outcome_label(last.outcome)
        if last.reason:
            text += " — " + reason_label(last.reason)
        self.heading.setText(self.tr("Gids afgelopen: {0}").format(text))
        lines: list[str] = []
        if last.advice:
            lines.append(self.tr("Advies: {0}").format(last.advice))
        for session in sessions:
            title = titles.get(session.guide_id, session.guide_id)
            minutes = max(1, round(session.duration_s / 60))
            steps = self.tr("%n stappen", "", len(session.visits))
            line = self.tr("• {0}: {1}, {2}, ongeveer {3} min.").format(
                title, outcome_label(session.outcome), steps, minutes
            )
            if session.linked_guide:
                line += " " + self.tr("Verder in een andere gids.")
            lines.append(line)
        self.detail.setText("\n".join(lines))

    def first_focus(self) -> QWidget:
        return self.refer if self.refer.isVisibleTo(self) else self.back
