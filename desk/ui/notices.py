"""A dismissable notice bar at the top of the main window.

Used for things the employee must see but that must not block work: config
problems, skipped guide files, the training-mode banner. Meaning is carried
by the text and an icon word, never by colour alone.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class Notice(QFrame):
    def __init__(self, text: str, *, kind: str = "info", closable: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt  # not at import: see desk.ui.main_window

        self.setObjectName(f"notice-{kind}")
        self.setProperty("noticeKind", kind)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        prefix = {"warning": self.tr("Let op:"), "training": "", "info": ""}.get(kind, "")
        self.label = QLabel(f"<b>{prefix}</b> {text}" if prefix else text, self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        if closable:
            close = QPushButton(self.tr("Sluiten"), self)
            close.setAccessibleName(self.tr("Melding sluiten"))
            close.clicked.connect(self.hide)
            layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(self.label.text())


class NoticeArea(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)

    def add(self, text: str, *, kind: str = "info", closable: bool = True) -> Notice:
        notice = Notice(text, kind=kind, closable=closable, parent=self)
        self._layout.addWidget(notice)
        return notice

    def texts(self) -> list[str]:
        return [n.label.text() for n in self.findChildren(Notice) if not n.isHidden()]


def notice_style_sheet(high_contrast: bool = False) -> str:
    """Notice colours; the text always says what the notice is, colour only helps."""
    if high_contrast:
        return (
            "QFrame[noticeKind] { background: black; color: white; border: 2px solid white; }"
            "QFrame[noticeKind] QLabel { color: white; }"
        )
    return (
        'QFrame[noticeKind="warning"] { background: #fff4ce; border: 1px solid #8a6d00; }'
        'QFrame[noticeKind="training"] { background: #ffe08a; border: 2px solid #5c4300; }'
        'QFrame[noticeKind="info"] { background: #e8f1fb; border: 1px solid #2b5d8c; }'
        "QFrame[noticeKind] QLabel { color: #1a1a1a; }"
    )
