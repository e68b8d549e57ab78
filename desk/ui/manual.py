"""Help → Handleiding (F1): a short manual for counter staff, in Desk itself.

The text lives in ``resources/manual/<language>.md`` (nl, fr, en), in plain
language, one chapter per ``##`` heading: the real screens, from starting a guide
to what to do when something fails, and the keyboard shortcuts. The window shows
the chapters on the left and one chapter at a time on the right; it does not
block Desk, so an employee can read along while working.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk import paths
from desk.ui.fit import preferred_size
from desk.ui.i18n import ui_language


@dataclass(frozen=True)
class Chapter:
    title: str
    text: str  # Markdown, without its heading


def manual_path(language: str) -> Path:
    """The manual in *language*, or the Dutch one when there is none."""
    folder = paths.resources_dir() / "manual"
    path = folder / f"{language}.md"
    return path if path.is_file() else folder / "nl.md"


def chapters(text: str) -> tuple[str, list[Chapter]]:
    """The manual's title and its chapters: the introduction, then one per ``##``."""
    title = ""
    found: list[Chapter] = []
    current: list[str] = []
    heading = ""
    for line in text.splitlines():
        if line.startswith("# ") and not title:
            title = heading = line[2:].strip()
            continue
        if line.startswith("## "):
            if current and any(part.strip() for part in current):
                found.append(Chapter(heading, "\n".join(current).strip()))
            heading, current = line[3:].strip(), []
            continue
        current.append(line)
    if any(part.strip() for part in current):
        found.append(Chapter(heading, "\n".join(current).strip()))
    return title, found


class ManualDialog(QDialog):
    """The manual: chapters on the left, the chosen one on the right."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.language = language or ui_language()
        source = manual_path(self.language)
        title, self.chapters = chapters(source.read_text(encoding="utf-8"))
        self.setWindowTitle(title or self.tr("Handleiding"))
        self.setAccessibleName(self.windowTitle())
        self.setModal(False)
        layout = QVBoxLayout(self)
        body = QHBoxLayout()
        layout.addLayout(body, 1)
        self.contents = QListWidget(self)
        self.contents.setAccessibleName(self.tr("Hoofdstukken"))
        for chapter in self.chapters:
            self.contents.addItem(chapter.title)
        char = self.fontMetrics().averageCharWidth()
        self.contents.setFixedWidth(min(self.contents.sizeHintForColumn(0) + 4 * char, 34 * char))
        self.contents.setWordWrap(True)
        self.contents.setStyleSheet("QListWidget::item { padding: 0.25em 0.3em; }")
        body.addWidget(self.contents)
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(self.tr("Tekst van de handleiding"))
        self.text.setOpenExternalLinks(False)
        # The text keeps the system font size: staff who enlarge their fonts read it too.
        body.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Sluiten"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.contents.currentRowChanged.connect(self.show_chapter)
        self.contents.setCurrentRow(0)
        self.setTabOrder(self.contents, self.text)
        self.setTabOrder(self.text, close)
        self.resize(preferred_size(self, 960, 700))
        self.contents.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_chapter(self, row: int) -> None:
        if not 0 <= row < len(self.chapters):
            return
        chapter = self.chapters[row]
        self.text.setMarkdown(f"## {chapter.title}\n\n{chapter.text}")
        self.text.verticalScrollBar().setValue(0)

    def chapter_titles(self) -> list[str]:
        return [chapter.title for chapter in self.chapters]
