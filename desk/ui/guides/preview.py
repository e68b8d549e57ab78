"""A print preview: the pages as they will come out of the printer, then Print.

Qt's own preview dialog hides printing behind a toolbar icon that the keyboard
cannot reach; this one has plain buttons (previous and next page, print, close)
and fits the page to the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.ui.fit import preferred_size


class PrintPreview(QDialog):
    """Shows *document()* on A4 pages; **Afdrukken…** opens the printer choice and prints.

    Args:
        document: Makes the document to show and print (called for every rendering).
        title: The window title, which also names the print job.
    """

    def __init__(self, document: Callable[[], QTextDocument], title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        self.printer.setDocName(title)
        layout = QVBoxLayout(self)
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.setZoomMode(QPrintPreviewWidget.ZoomMode.FitToWidth)
        self.preview.setAccessibleName(self.tr("Voorbeeld van de afdruk"))
        self.preview.paintRequested.connect(lambda printer: self.document().print_(printer))
        # Its inner view would keep Tab for itself; the buttons below do the paging.
        for view in self.preview.findChildren(QGraphicsView):
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.preview, 1)
        row = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("« &Vorig blad"), self)
        self.next_button = QPushButton(self.tr("V&olgend blad »"), self)
        self.page_label = QLabel(self)
        self.print_button = QPushButton(self.tr("&Afdrukken…"), self)
        self.print_button.setDefault(True)
        self.close_button = QPushButton(self.tr("&Sluiten"), self)
        for widget in (self.previous_button, self.next_button, self.page_label):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.print_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.previous_button.clicked.connect(lambda: self._turn(-1))
        self.next_button.clicked.connect(lambda: self._turn(1))
        self.print_button.clicked.connect(self.choose_printer)
        self.close_button.clicked.connect(self.reject)
        self.preview.previewChanged.connect(self._pages_changed)
        self.resize(preferred_size(self, 820, 1000))
        self.print_button.setFocus()  # Enter prints, as the default button says

    def _turn(self, step: int) -> None:
        self.preview.setCurrentPage(self.preview.currentPage() + step)
        self._pages_changed()

    def _pages_changed(self) -> None:
        count, page = self.preview.pageCount(), self.preview.currentPage()
        self.page_label.setText(self.tr("Blad {0} van {1}").format(page, count))
        self.previous_button.setEnabled(page > 1)
        self.next_button.setEnabled(page < count)

    def choose_printer(self) -> QPrintDialog:
        """The printer choice; printing follows when it is accepted."""
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(self.windowTitle())
        dialog.accepted.connect(self.print_now)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()  # QPrintDialog has no plain open() in PySide
        return dialog

    def print_now(self) -> None:
        self.document().print_(self.printer)
        self.accept()
