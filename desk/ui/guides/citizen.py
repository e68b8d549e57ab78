"""The citizen view: a second window, facing the citizen, that follows the runner.

The runner never hands this window a step or a guide; it hands a
:class:`CitizenState`, which only has room for citizen texts. Staff text and
notes therefore cannot end up on the citizen's screen by accident.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QHideEvent, QKeyEvent, QScreen, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desk.domain.guides.model import Guide, Step, Translation
from desk.domain.guides.model import citizen_text as step_citizen_text
from desk.domain.guides.session import Progress
from desk.ui.guides.images import load_pixmap
from desk.ui.guides.labels import citizen_text

Phase = Literal["intro", "step", "end"]


@dataclass(frozen=True)
class CitizenState:
    """Everything the citizen may see at one moment (and nothing else)."""

    language: str
    phase: Phase
    guide_title: str
    step_title: str = ""
    text: str = ""
    step_label: str = ""
    position: int = 0
    total: int = 0
    citizen_alone: bool = False
    bring: tuple[str, ...] = field(default=())
    #: The step's image file and its alt text in the citizen's language, with the
    #: Dutch alt text as fallback ("" when the step has none).
    image: str = ""
    image_alt: str = ""
    #: The step's question and answers, only when a translation gives them: the
    #: Dutch question is written for staff ("Heeft de burger ...?"), a translated
    #: one for the citizen ("Avez-vous ...?"), so that they can choose with staff.
    question: str = ""
    answers: tuple[str, ...] = ()


def translated_question(step: Step, translation: Translation | None) -> tuple[str, tuple[str, ...]]:
    """The step's question and answers in the citizen's language, or ``("", ())``.

    Only a translation's question is for the citizen; without one (or when the
    translation's step cannot be used) the citizen sees no question.
    """
    if translation is None or step.question is None:
        return "", ()
    shown = step_citizen_text(step, translation)
    if shown.language != translation.language or not shown.question:
        return "", ()
    return shown.question, shown.answers


def step_texts(step: Step, translation: Translation | None) -> tuple[str, str]:
    """The step's title and citizen text in the translation, else in Dutch (per step)."""
    translated = translation.step(step.id) if translation is not None else None
    if translated is not None and translated.citizen_text.strip():
        return translated.title or step.title, translated.citizen_text
    return step.title, step.citizen_text


def guide_title(guide: Guide, translation: Translation | None) -> str:
    return translation.title if translation is not None and translation.title else guide.title


def step_label(language: str, progress: Progress) -> str:
    """``Stap 3 van 7`` when the end is certain, ``Stap 3 van ongeveer 7`` otherwise."""
    key = "step_of" if progress.exact else "step_of_about"
    return citizen_text(language, key).format(progress.position, progress.total)


def intro_state(guide: Guide, translation: Translation | None, language: str) -> CitizenState:
    return CitizenState(
        language=language,
        phase="intro",
        guide_title=guide_title(guide, translation),
        text=citizen_text(language, "welcome"),
        bring=tuple(citizen_text(language, code) for code in guide.bring),
    )


def running_state(
    guide: Guide,
    step: Step,
    translation: Translation | None,
    language: str,
    progress: Progress,
) -> CitizenState:
    title, text = step_texts(step, translation)
    question, answers = translated_question(step, translation)
    return CitizenState(
        language=language,
        phase="step",
        guide_title=guide_title(guide, translation),
        step_title=title,
        text=text,
        step_label=step_label(language, progress),
        position=progress.position,
        total=progress.total,
        citizen_alone=step.actor == "citizen",
        image=str(guide.image_file(step) or ""),
        image_alt=step_citizen_text(step, translation).image_alt,
        question=question,
        answers=answers,
    )


def end_state(guide: Guide, translation: Translation | None, language: str) -> CitizenState:
    return CitizenState(
        language=language,
        phase="end",
        guide_title=guide_title(guide, translation),
        text=citizen_text(language, "done"),
    )


def citizen_point_size() -> float:
    """Large text for the citizen: at least 24 pt, or twice the system size."""
    system = QGuiApplication.font().pointSizeF()
    return max(24.0, 2 * system if system > 0 else 24.0)


class CitizenView(QWidget):
    """The "Burgerscherm". Shows a :class:`CitizenState`; has no controls.

    A window of its own on a second screen; on a single screen it lies beside the
    steps in the main window (:meth:`embed`), so it never covers the staff's buttons.
    Escape closes it (the staff member can always get rid of it by keyboard); the
    digits 1 to 9 pressed while it has the focus choose an answer, as in the runner.

    Signals:
        visibility_changed(bool): shown or hidden (also when closed by the user).
        answer_key(int): a digit 1-9 was pressed here.
    """

    visibility_changed = Signal(bool)
    answer_key = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Burgerscherm"))
        self.setAccessibleName(self.tr("Burgerscherm"))
        self.setObjectName("citizenView")
        self.state: CitizenState | None = None
        self._high_contrast = False

        size = citizen_point_size()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # A long text scrolls rather than being cut off on a small screen.
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Every text wraps at the width there is (half a laptop screen beside the steps).
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget(self.scroll_area)
        content.setObjectName("citizenContent")
        self.scroll_area.setWidget(content)
        outer.addWidget(self.scroll_area)
        layout = QVBoxLayout(content)
        self.content_layout = layout
        self._size = size
        margin = round(size * 1.5)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setSpacing(round(size * 0.6))

        self.guide_label = self._label(content, size * 0.75, bold=False)
        self.progress_label = self._label(content, size * 0.75, bold=True)
        self.progress = QProgressBar(content)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(round(size * 0.6))
        self.progress.setAccessibleName(self.tr("Voortgang"))
        self.title_label = self._label(content, size * 1.25, bold=True)
        rule = QFrame(content)
        rule.setObjectName("citizenRule")
        rule.setFrameShape(QFrame.Shape.HLine)
        self.text_label = self._label(content, size, bold=False)
        self.alone_label = self._label(content, size, bold=True)
        self.alone_label.setObjectName("citizenAlone")
        self.bring_label = self._label(content, size, bold=False)
        self.question_label = self._label(content, size, bold=True)
        self.question_label.setObjectName("citizenQuestion")
        self.answers_label = self._label(content, size, bold=False)
        self.answers_label.setObjectName("citizenAnswers")
        self.image_label = QLabel(content)
        self.image_label.setObjectName("citizenImage")
        self.image_label.hide()

        layout.addWidget(self.guide_label)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.title_label)
        layout.addWidget(rule)
        layout.addWidget(self.alone_label)
        layout.addWidget(self.text_label)
        layout.addWidget(self.image_label)
        layout.addWidget(self.question_label)
        layout.addWidget(self.answers_label)
        layout.addWidget(self.bring_label)
        layout.addStretch(1)
        self.set_high_contrast(False)
        screen = self.screen().availableGeometry()
        self.resize(round(screen.width() * 0.6), round(screen.height() * 0.75))

    def _label(self, parent: QWidget, points: float, *, bold: bool) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        # Narrow is fine (the text wraps and the view scrolls down); never wider than shown.
        policy = label.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        label.setSizePolicy(policy)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.font())
        font.setPointSizeF(points)
        font.setBold(bold)
        label.setFont(font)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    # -- look ------------------------------------------------------------
    def set_high_contrast(self, on: bool) -> None:
        """Near-black on white, or white on near-black for high contrast."""
        self._high_contrast = on
        fg, bg = ("#ffffff", "#111111") if on else ("#111111", "#ffffff")
        self.setStyleSheet(
            f"QWidget#citizenView, QWidget#citizenContent, QScrollArea {{ background: {bg}; }}"
            f"QWidget#citizenView QLabel {{ color: {fg}; background: {bg}; }}"
            f"QFrame#citizenRule {{ color: {fg}; }}"
            f"QLabel#citizenAlone {{ border: 3px solid {fg}; padding: 8px; }}"
            f"QProgressBar {{ border: 2px solid {fg}; background: {bg}; }}"
            f"QProgressBar::chunk {{ background: {fg}; }}"
        )

    @property
    def high_contrast(self) -> bool:
        return self._high_contrast

    # -- content ---------------------------------------------------------
    def show_state(self, state: CitizenState) -> None:
        self.state = state
        self.guide_label.setText(state.guide_title)
        self.setWindowTitle(self.tr("Burgerscherm — {0}").format(state.guide_title))
        is_step = state.phase == "step"
        self.progress_label.setVisible(is_step)
        self.progress.setVisible(is_step)
        if is_step:
            self.progress_label.setText(state.step_label)
            self.progress.setRange(0, max(state.total, 1))
            self.progress.setValue(state.position)
            self.progress.setAccessibleDescription(state.step_label)
        self.title_label.setText(state.step_title if is_step else state.guide_title)
        self.guide_label.setVisible(is_step)
        self.text_label.setText(state.text)
        self._show_image(state)
        self.alone_label.setVisible(state.citizen_alone)
        self.alone_label.setText(citizen_text(state.language, "you_alone"))
        self.question_label.setVisible(bool(state.question))
        self.answers_label.setVisible(bool(state.question))
        self.question_label.setText(state.question)
        self.answers_label.setText("\n".join(f"•  {a}" for a in state.answers))
        self.bring_label.setVisible(bool(state.bring))
        if state.bring:
            heading = citizen_text(state.language, "bring")
            self.bring_label.setText(heading + "\n" + "\n".join(f"•  {b}" for b in state.bring))

    def _show_image(self, state: CitizenState) -> None:
        if not state.image:
            self.image_label.clear()
            self.image_label.setAccessibleName("")
            self.image_label.setToolTip("")
            self.image_label.hide()
            return
        pixmap = load_pixmap(state.image, max(200, self.width() // 2), grow=True)
        self.image_label.setAccessibleName(state.image_alt)
        self.image_label.setToolTip(state.image_alt)
        if pixmap.isNull():
            self.image_label.setText(state.image_alt)
        else:
            self.image_label.setPixmap(pixmap)
        self.image_label.show()

    def visible_text(self) -> str:
        """All the text this window shows now (tests check that no staff text is here)."""
        parts = [self.windowTitle()]
        parts += [label.text() for label in self.findChildren(QLabel) if not label.isHidden()]
        return "\n".join(parts)

    # -- placement -------------------------------------------------------
    def place_on(self, screen: QScreen | None) -> None:
        """Show on ``screen`` (maximised there) or as a normal window."""
        if screen is not None and screen is not self.screen():
            self.setScreen(screen)
            self.move(screen.availableGeometry().topLeft())
            self.show()
            self.showMaximized()
        else:
            self.show()
        self.raise_()

    @property
    def embedded(self) -> bool:
        """True when the view lies inside the main window (a single screen)."""
        return not self.isWindow()

    def embed(self, splitter: QSplitter, index: int) -> None:
        """Lie in *splitter* at *index*, beside the steps (one screen for staff and citizen)."""
        self.hide()
        self.setParent(splitter, Qt.WindowType.Widget)
        splitter.insertWidget(index, self)
        self._framed(True)

    def detach(self, owner: QWidget) -> None:
        """Become a window of its own again (a second screen is there)."""
        self.hide()
        self.setParent(owner, Qt.WindowType.Window)
        self._framed(False)
        screen = self.screen().availableGeometry()
        self.resize(round(screen.width() * 0.6), round(screen.height() * 0.75))

    def _framed(self, embedded: bool) -> None:
        """Inside the main window a thin rule sets the citizen's part apart, and the
        margins shrink: beside the steps every pixel of width goes to the large text."""
        self.scroll_area.setFrameShape(QFrame.Shape.Box if embedded else QFrame.Shape.NoFrame)
        margin = round(self._size * (0.5 if embedded else 1.5))
        self.content_layout.setContentsMargins(margin, margin, margin, margin)
        # A long word in the step title ("burgerzaken") must fit the narrower column.
        font = self.title_label.font()
        font.setPointSizeF(self._size * (1.0 if embedded else 1.25))
        self.title_label.setFont(font)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()  # a window closes; inside the main window it is hidden
            return
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)
        if plain and Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_9:
            self.answer_key.emit(event.key() - Qt.Key.Key_0)
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.visibility_changed.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.visibility_changed.emit(False)
