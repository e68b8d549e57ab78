"""The main window: navigation between the four areas, notices, status bar.

Areas are built the first time they are shown, from modules imported only
then, so the statistics charts (and every other area's imports) cost nothing
at start-up.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

# Not ``Qt``: its namespace costs ~40 ms to load, which the first paint must not
# pay; code that runs after the first paint imports it where it needs it.
from PySide6.QtCore import QByteArray, QCoreApplication, QTimer, Signal
from PySide6.QtGui import QAction, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk.ui.context import AppContext
from desk.ui.fit import ASSUMED_FRAME, available, fit, preferred_size
from desk.ui.notices import NoticeArea, notice_style_sheet

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from desk.store.store import Store
    from desk.ui.cases.wiring import CaseLog

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class Area(NamedTuple):
    key: str
    label: str
    module: str
    cls: str
    empty_title: str
    empty_text: str


def areas() -> list[Area]:
    return [
        Area("guides", _tr("Gidsen"), "desk.ui.guides.page", "GuidesPage",
             _tr("Nog geen gidsen"),
             _tr("De stap-voor-stapgidsen worden hier getoond zodra ze beschikbaar zijn.")),
        Area("cases", _tr("Logboek"), "desk.ui.cases.page", "CasesPage",
             _tr("Nog geen logboek"),
             _tr("Het logboek van geholpen burgers komt hier.")),
        Area("referrals", _tr("Doorverwijzingen"), "desk.ui.referrals.page", "ReferralsPage",
             _tr("Nog geen doorverwijzingen"),
             _tr("Doorverwijzingen naar digitale hulp komen hier.")),
        Area("stats", _tr("Statistieken"), "desk.ui.stats.page", "StatsPage",
             _tr("Nog geen statistieken"),
             _tr("Cijfers over contacten en doorverwijzingen komen hier.")),
    ]


class EmptyArea(QWidget):
    """An honest empty state: says what will be here, shows no fake data."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        heading = QLabel(f"<h2>{title}</h2>", self)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QLabel(text, self)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(2)
        self.setAccessibleName(title)


class MainWindow(QMainWindow):
    first_painted = Signal()
    #: After the first paint: shortcuts are set and the first area is on its way.
    settled = Signal()
    area_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._painted = False
        #: The case log's application-wide part, once installed (desk.ui.cases.wiring).
        self.case_log: CaseLog | None = None
        self.setWindowTitle(_tr("Desk — digitale dienstverlening"))
        self.setAccessibleName(_tr("Desk hoofdvenster"))
        self._areas = areas()
        self._pages: dict[str, QWidget] = {}
        # Shortcuts are set right after the first paint: the first key sequence
        # loads Qt's key namespace (~30 ms), which the first paint need not wait for.
        self._later_shortcuts: list[tuple[QAction, str]] = []

        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.notices = NoticeArea(central)
        self.notices.setStyleSheet(notice_style_sheet(ctx.config.high_contrast))
        outer.addWidget(self.notices)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(body, 1)

        self.nav = QListWidget(central)
        self.nav.setAccessibleName(_tr("Onderdelen"))
        self.nav.setObjectName("nav")
        # Generous targets, in font-relative units so they scale with the system font.
        self.nav.setStyleSheet("QListWidget#nav::item { padding: 0.5em 0.8em; }")
        for area in self._areas:
            QListWidgetItem(area.label, self.nav)
        # Wide enough for the longest label at any font size or scale factor.
        char = self.fontMetrics().averageCharWidth()
        self.nav.setFixedWidth(self.nav.sizeHintForColumn(0) + 8 * char)
        body.addWidget(self.nav)

        self.stack = QStackedWidget(central)
        body.addWidget(self.stack, 1)
        for area in self._areas:
            holder = QWidget(self.stack)
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            holder.setObjectName(f"area-{area.key}")
            self.stack.addWidget(holder)
        self.setCentralWidget(central)

        self.nav.currentRowChanged.connect(self._show_row)
        ctx.store_ready.connect(self.mark_profile)
        ctx.referral_requested.connect(self._referral_requested)
        self._build_menus()
        self.sync_label = QLabel(_tr("Synchronisatie: geen centrale server ingesteld"), self)
        self.sync_label.setAccessibleName(_tr("Synchronisatiestatus"))
        self.statusBar().addPermanentWidget(self.sync_label)
        # The first area is built after the first paint and after the store
        # has opened: its imports (and whatever it loads) must delay neither.
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(0)
        self.nav.blockSignals(False)
        # Queued behind the paint: work done inside paintEvent would hold
        # back the frame itself (and the first-paint figure).
        self.first_painted.connect(lambda: QTimer.singleShot(0, self, self._after_first_paint))

    # -- areas ---------------------------------------------------------
    def area_keys(self) -> list[str]:
        return [a.key for a in self._areas]

    def show_area(self, key: str) -> QWidget:
        row = self.area_keys().index(key)
        self.nav.setCurrentRow(row)
        return self.page(key)

    def page(self, key: str) -> QWidget:
        """The area's page, built on first use."""
        if key not in self._pages:
            area = next(a for a in self._areas if a.key == key)
            holder = self.stack.widget(self.area_keys().index(key))
            assert holder is not None
            page = self._build_page(area, holder)
            layout = holder.layout()
            assert layout is not None
            layout.addWidget(page)
            self._pages[key] = page
        return self._pages[key]

    def _build_page(self, area: Area, holder: QWidget) -> QWidget:
        try:
            module = importlib.import_module(area.module)
        except ModuleNotFoundError as exc:
            if exc.name and area.module.startswith(exc.name):
                return EmptyArea(area.empty_title, area.empty_text, holder)
            raise
        factory: Callable[[AppContext, QWidget], QWidget] = getattr(module, area.cls)
        return factory(self.ctx, holder)

    def _referral_requested(self, request: object) -> None:
        """Go to the referrals and open a pre-filled form (a failed guide, a contact)."""
        try:
            page = self.show_area("referrals")
        except Exception as exc:  # a broken area must not take the window down
            self.ctx.errors.report(exc)
            return
        start = getattr(page, "request_referral", None)
        if callable(start):
            start(request)

    def _apply_shortcuts(self) -> None:
        from PySide6.QtGui import QKeySequence

        for action, keys in self._later_shortcuts:
            if keys == "quit":
                action.setShortcut(QKeySequence.StandardKey.Quit)
            else:
                action.setShortcut(QKeySequence(keys))
        self._later_shortcuts = []

    def _after_first_paint(self) -> None:
        self._apply_shortcuts()

        def build() -> None:
            self._show_row(self.nav.currentRow())

        # Timers with this window as context die with the window.
        if self.ctx.store is not None:
            QTimer.singleShot(0, self, build)
        else:
            self.ctx.store_ready.connect(lambda _store: QTimer.singleShot(0, self, build))
            # Never leave the first area empty for long, even if the store is slow.
            QTimer.singleShot(1500, self, build)
        self.settled.emit()

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self._areas[row].key
        try:
            self.page(key)
        except Exception as exc:  # a broken area must not take the window down
            self.ctx.errors.report(exc)
        self.stack.setCurrentIndex(row)
        self.area_changed.emit(key)

    # -- menus ---------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(_tr("&Bestand"))
        self.menu_file = file_menu
        settings = QAction(_tr("&Instellingen…"), self)
        self._later_shortcuts.append((settings, "Ctrl+,"))
        settings.triggered.connect(self.show_settings)
        file_menu.addAction(settings)
        self.addAction(settings)
        quit_action = QAction(_tr("&Afsluiten"), self)
        self._later_shortcuts.append((quit_action, "quit"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(_tr("&Ga naar"))
        self.menu_go = go_menu
        for index, area in enumerate(self._areas, start=1):
            # "&1 Gidsen": in the open menu the area's number chooses it, as Ctrl+1 does.
            action = QAction(f"&{index} {area.label}", self)
            self._later_shortcuts.append((action, f"Ctrl+{index}"))
            action.triggered.connect(lambda _=False, k=area.key: self.show_area(k))
            go_menu.addAction(action)
            self.addAction(action)

        help_menu = self.menuBar().addMenu(_tr("&Help"))
        self.menu_help = help_menu
        manual = QAction(_tr("&Handleiding"), self)
        self._later_shortcuts.append((manual, "F1"))
        manual.triggered.connect(self.show_manual)
        help_menu.addAction(manual)
        self.addAction(manual)
        about = QAction(_tr("&Over Desk"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def add_action(self, menu_name: str, action: QAction) -> None:
        """Let an area add an action to a menu and make its shortcut global."""
        menu = {"file": self.menu_file, "help": self.menu_help}[menu_name]
        actions = menu.actions()
        if menu_name == "file" and actions:
            menu.insertAction(actions[-1], action)  # keep "Afsluiten" last
        else:
            menu.addAction(action)
        self.addAction(action)

    def show_settings(self) -> None:
        from desk.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.ctx, self).open()

    def show_manual(self) -> QWidget:
        """The manual for counter staff, beside the work (one window, brought forward)."""
        from desk.ui.manual import ManualDialog

        manual = getattr(self, "manual", None)
        if not isinstance(manual, ManualDialog):
            manual = ManualDialog(self)
            self.manual = manual
        manual.show()
        manual.raise_()
        manual.activateWindow()
        return manual

    def show_about(self) -> None:
        from desk.ui.about import AboutDialog

        AboutDialog(self.ctx, self).open()

    def mark_profile(self, store: Store) -> None:
        """Make a training profile unmistakable: a banner that cannot be closed."""
        if not store.is_training or getattr(self, "training_notice", None) is not None:
            return
        self.training_notice = self.notices.add(
            _tr(
                "OEFENMODUS — dit profiel bevat alleen fictieve oefengegevens. "
                "Niets wordt naar de centrale server gestuurd."
            ),
            kind="training",
            closable=False,
        )
        self.setWindowTitle(_tr("{0} — OEFENMODUS").format(self.windowTitle()))

    # -- geometry and first paint -----------------------------------------
    def restore_geometry(self) -> None:
        data = self.ctx.settings.value("window/geometry")
        if isinstance(data, QByteArray | bytes) and self.restoreGeometry(QByteArray(data)):
            fit(self)  # remembered from a larger screen, or with a taskbar that moved
            return
        # 1100x720 where there is room; on a 1366x768 laptop with a taskbar, less, so that
        # the title bar and the status bar stay on screen.
        self.resize(preferred_size(self, 1100, 720))
        free = available(self)
        self.move(free.x() + (free.width() - self.width()) // 2,
                  free.y() + max(0, (free.height() - self.height() - ASSUMED_FRAME.top()) // 2))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.setValue("window/geometry", self.saveGeometry())
        self.ctx.settings.sync()
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
