"""The guide library: search as you type, a category filter and the results.

Keyboard: type in the search field, Down moves into the results, Enter opens
the selected guide (Enter in the search field opens the first result), Up on
the first result goes back to the search field, Escape clears the search.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.domain.guides.library import Library
from desk.domain.guides.model import CATEGORIES, Guide, Problem
from desk.ui.guides.labels import category_label, review_overdue_short
from desk.ui.i18n import ui_language

GUIDE_ROLE = Qt.ItemDataRole.UserRole
#: True on a result whose guide is overdue for review.
OVERDUE_ROLE = Qt.ItemDataRole(Qt.ItemDataRole.UserRole + 1)


class SkippedNotice(QFrame):
    """Says which guide files were left out and why, with a details toggle. Never blocks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("skippedNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        row = QHBoxLayout()
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.toggle = QPushButton(self.tr("&Details tonen"), self)
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(self.tr("Details over overgeslagen gidsen"))
        self.close_button = QPushButton(self.tr("Sluiten"), self)
        self.close_button.setAccessibleName(self.tr("Melding over overgeslagen gidsen sluiten"))
        row.addWidget(self.label, 1)
        row.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.details.setAccessibleName(self.tr("Overgeslagen gidsbestanden en hun fouten"))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.hide()
        layout.addWidget(self.details)
        self.toggle.toggled.connect(self._toggled)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def _toggled(self, on: bool) -> None:
        self.details.setVisible(on)
        self.toggle.setText(self.tr("&Details verbergen") if on else self.tr("&Details tonen"))

    def show_skipped(self, skipped: dict[Path, list[Problem]]) -> None:
        if not skipped:
            self.hide()
            return
        count = len(skipped)
        text = self.tr(
            "Let op: {0} gidsbestand(en) overgeslagen wegens fouten. "
            "De andere gidsen werken gewoon."
        ).format(count)
        self.label.setText(text)
        self.setAccessibleName(text)
        lines: list[str] = []
        for path in sorted(skipped):
            for problem in skipped[path]:
                if problem.is_error:
                    lines.append(problem.format())
        self.details.setPlainText("\n".join(lines))
        self.show()


class LibraryView(QWidget):
    """Search field, category filter and results.

    A guide whose review interval has run out says so in its own line of the
    result ("Nazicht verlopen: laatst nagekeken op dd-mm-jjjj"), in words, so a
    screen reader reads it too.

    Args:
        today: The office's local day (``ctx.clock.today``), asked at every refresh.

    Signals:
        guide_chosen(Guide): Enter or double-click on a result.
        reports_requested: staff want the list of "Deze stap klopt niet" reports.
    """

    guide_chosen = Signal(object)
    reports_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, today: Callable[[], date]) -> None:
        super().__init__(parent)
        self.today = today
        self.library: Library | None = None
        layout = QVBoxLayout(self)
        self.notice = SkippedNotice(self)
        layout.addWidget(self.notice)

        row = QHBoxLayout()
        self.search_label = QLabel(self.tr("&Zoeken:"), self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Typ wat de burger vraagt, bv. pincode vergeten"))
        self.search.setAccessibleName(self.tr("Gidsen zoeken"))
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.category_label = QLabel(self.tr("&Categorie:"), self)
        self.category = QComboBox(self)
        self.category.setAccessibleName(self.tr("Categorie"))
        self.category.addItem(self.tr("Alle categorieën"), None)
        for code in CATEGORIES:
            self.category.addItem(category_label(code), code)
        self.category_label.setBuddy(self.category)
        row.addWidget(self.search_label)
        row.addWidget(self.search, 3)
        row.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        row.addWidget(self.category_label)
        row.addWidget(self.category, 1)
        layout.addLayout(row)

        self.count = QLabel(self)
        layout.addWidget(self.count)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Gevonden gidsen"))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setAlternatingRowColors(True)
        self.results.setSpacing(2)
        layout.addWidget(self.results, 1)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty, 1)
        # Below the results: the reports of a wrong step and the editors' answers.
        self.reports_button = QPushButton(self.tr("&Meldingen over gidsen…"), self)
        self.reports_button.setAccessibleName(
            self.tr("Meldingen over gidsen en de antwoorden van de redactie")
        )
        self.reports_button.clicked.connect(self.reports_requested)
        bottom = QHBoxLayout()
        bottom.addWidget(self.reports_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)

        self.search.textChanged.connect(self.refresh)
        self.category.currentIndexChanged.connect(self.refresh)
        self.results.itemActivated.connect(self._activated)
        self.search.installEventFilter(self)
        self.results.installEventFilter(self)
        self.setTabOrder(self.search, self.category)
        self.setTabOrder(self.category, self.results)
        self.setTabOrder(self.results, self.reports_button)
        self.show_loading()

    # -- states ----------------------------------------------------------
    def show_loading(self) -> None:
        self._show_empty(self.tr("Gidsen laden…"))

    def show_failed(self) -> None:
        self._show_empty(self.tr("De gidsen konden niet geladen worden. Zie de foutmelding."))

    def _show_empty(self, text: str) -> None:
        self.results.hide()
        self.count.hide()
        self.empty.setText(text)
        self.empty.show()

    def set_library(self, library: Library) -> None:
        self.library = library
        self.notice.show_skipped(library.skipped)
        self.refresh()

    # -- search ----------------------------------------------------------
    def refresh(self) -> None:
        library = self.library
        if library is None:
            return
        if not library.guides:
            self._show_empty(self.tr("Er zijn nog geen gidsen."))
            return
        category = self.category.currentData()
        query = self.search.text()
        if query.strip():
            guides = [hit.guide for hit in library.search(query, category=category)]
        else:
            guides = [g for g in library.guides.values()
                      if category is None or g.category == category]
        self.results.clear()
        today = self.today()
        overdue = 0
        language = ui_language()
        for guide in guides:
            minutes = self.tr("ongeveer {0} min.").format(guide.minutes)
            # In a French or English UI a guide with that translation is named in it; the
            # steps for staff stay Dutch, so the tooltip keeps the Dutch title too.
            translated = library.translation(guide.id, language) if language != "nl" else None
            title = translated.title if translated is not None and translated.title else ""
            text = f"{title or guide.title}\n{category_label(guide.category)} · {minutes}"
            tip = guide.summary
            if translated is not None and title:
                tip = f"{translated.summary}\n({guide.title})"
            review = review_overdue_short(guide, today)
            if review is not None:
                overdue += 1
                text += f"\n{review}"
                tip += f"\n{review}"
            item = QListWidgetItem(text, self.results)
            item.setData(GUIDE_ROLE, guide.id)
            item.setData(OVERDUE_ROLE, review is not None)
            item.setToolTip(tip)
        if guides:
            self.results.setCurrentRow(0)
            self.empty.hide()
            self.results.show()
            count = self.tr("%n gidsen gevonden", "", len(guides))
            if overdue:
                count += " " + self.tr("({0} met verlopen nazicht)").format(overdue)
            self.count.setText(count)
            self.count.show()
        else:
            self._show_empty(self._nothing_found(query, category))

    def _nothing_found(self, query: str, category: str | None) -> str:
        """No guide matches: say what to try next, and what to do without a guide."""
        if query.strip():
            text = self.tr("Geen gids gevonden voor ‘{0}’.").format(query.strip())
            text += "\n\n" + self.tr("Probeer een ander woord: wat de burger wil doen of "
                                      "waar het om gaat, bijvoorbeeld ‘attest’, ‘pincode’ of "
                                      "‘verhuizen’. Esc wist het zoekveld.")
        else:
            text = self.tr("Geen gidsen in deze categorie.")
        if category is not None:
            text += "\n\n" + self.tr("Of zoek in alle gidsen: kies ‘Alle categorieën’.")
        text += "\n\n" + self.tr("Is er geen gids voor deze vraag? Help de burger zoals "
                                  "gewoonlijk en log het contact met Ctrl+L.")
        return text

    def shown_ids(self) -> list[str]:
        return [self.results.item(i).data(GUIDE_ROLE) for i in range(self.results.count())]

    def _activated(self, item: QListWidgetItem) -> None:
        self._choose(item)

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is None or self.library is None:
            return
        guide: Guide | None = self.library.get(item.data(GUIDE_ROLE))
        if guide is not None:
            self.guide_chosen.emit(guide)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search:
                if key == Qt.Key.Key_Down and self.results.count():
                    self.results.setFocus()
                    if self.results.currentRow() < 0:
                        self.results.setCurrentRow(0)
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.results.count():
                    self._choose(self.results.currentItem() or self.results.item(0))
                    return True
                if key == Qt.Key.Key_Escape and self.search.text():
                    self.search.clear()
                    return True
            elif watched is self.results:
                if key == Qt.Key.Key_Up and self.results.currentRow() <= 0:
                    self.focus_search()
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self._choose(self.results.currentItem())
                    return True
        return super().eventFilter(watched, event)
