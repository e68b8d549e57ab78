"""Step images: shown to staff and citizen, with their alt text for screen readers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import QLabel

from desk.domain.guides.model import Guide, Step


def load_pixmap(path: Path | str, width: int, *, grow: bool = False) -> QPixmap:
    """The image at *width* pixels wide (never wider; wider only when *grow*).

    Scaling happens while reading, so an SVG stays sharp at any size.
    """
    reader = QImageReader(str(path))
    size = reader.size()
    if size.isValid() and size.width() > 0 and (size.width() > width or grow):
        reader.setScaledSize(QSize(width, round(size.height() * width / size.width())))
    return QPixmap.fromImageReader(reader)


def show_image(label: QLabel, guide: Guide | None, step: Step | None, width: int) -> None:
    """Put *step*'s image in *label* (at most *width* pixels wide), or hide the label.

    Drawings (SVG) are drawn at that width; photos are only ever made smaller.

    A missing or unreadable file shows its alt text instead, so the step still
    says what the picture would have shown.
    """
    path: Path | None = guide.image_file(step) if guide is not None and step is not None else None
    if path is None or step is None or step.image is None:
        label.clear()
        label.hide()
        return
    alt = step.image.alt
    pixmap = load_pixmap(path, width, grow=path.suffix.lower() == ".svg")
    label.setAccessibleName(alt)
    label.setToolTip(alt)
    if pixmap.isNull():
        label.setText(QCoreApplication.translate("GuideImage", "[Afbeelding: {0}]").format(alt))
    else:
        label.setPixmap(pixmap)
    label.show()
