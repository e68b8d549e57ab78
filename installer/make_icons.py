"""Render resources/icons/desk.svg to the PNG (Linux) and ICO (Windows) icons.

Run after changing the SVG; the PNG and ICO are committed so builds need no
renderer:  QT_QPA_PLATFORM=offscreen .venv/bin/python installer/make_icons.py
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def write_ico(renderer: QSvgRenderer, path: Path, sizes: tuple[int, ...]) -> None:
    """A multi-size ICO with PNG-compressed entries (Windows Vista and later)."""
    images = [png_bytes(render(renderer, size)) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(sizes, images, strict=True):
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    path.write_bytes(header + entries + b"".join(images))


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage/QSvgRenderer need it
    renderer = QSvgRenderer(str(ICONS / "desk.svg"))
    if not renderer.isValid():
        print("desk.svg is not a valid SVG", file=sys.stderr)
        return 1
    ok = render(renderer, 256).save(str(ICONS / "desk.png"))
    write_ico(renderer, ICONS / "desk.ico", (16, 24, 32, 48, 64, 256))
    print("wrote", ICONS / "desk.png", ICONS / "desk.ico")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
