"""The Statistieken screen: numbers, suppression, charts with their tables, exports."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtTest import QAbstractItemModelTester

from desk.config import load_config
from desk.store.store import Store
from desk.ui.context import AppContext
from desk.ui.stats.page import StatsPage
from desk.ui.stats.specs import CHARTS
from tests.support.gui import make_context


@pytest.fixture
def ctx(qapp: Any, tmp_path: Path, filled_store: Store) -> Iterator[AppContext]:
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("nl_BE"))  # as desk.ui.i18n sets it for a Dutch UI
    config = dataclasses.replace(load_config(), org="kortrijk")
    context = make_context(tmp_path, config)
    context.set_store(filled_store)
    yield context
    context.worker.shutdown()
    QLocale.setDefault(before)


@pytest.fixture
def page(qtbot: Any, ctx: AppContext) -> StatsPage:
    widget = StatsPage(ctx, None)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.set_period(date(2026, 10, 1), date(2026, 11, 30))
    with qtbot.waitSignal(widget.report_shown, timeout=15000):
        widget.show()
    return widget


def section(page: StatsPage, key: str) -> Any:
    return next(s for s in page.sections if s.spec.key == key)


def non_blank(image: QImage) -> bool:
    white = QColor("white").rgb()
    step = max(1, image.width() // 60)
    colours = {image.pixel(x, y) for x in range(0, image.width(), step)
               for y in range(0, image.height(), step)}  # fmt: skip
    return not image.isNull() and len(colours - {white}) > 3


def test_numbers_on_screen_match_the_hand_computed_fixture(page: StatsPage) -> None:
    assert page.measures.values["ttfc_median"].text() == "2,0 dagen"
    assert page.measures.values["referrals_completed"].text() == "<5"
    model = section(page, "cases_month").model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() == 3  # okt, nov, totals
    assert [model.display(r, 0) for r in range(3)] == ["okt 2026", "nov 2026", "Totaal"]
    last = model.columnCount() - 1
    assert [model.display(r, last) for r in range(3)] == ["10", "10", "20"]


def test_suppression_in_the_table_model(page: StatsPage) -> None:
    model = section(page, "cases_reason").model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.columnCount() == 2  # label + count: no repeated totals column
    assert [model.display(r, 1) for r in range(model.rowCount())] == ["<5"] * 4
    tip = model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert "Verborgen" in tip
    note = section(page, "cases_reason").note_label.text()
    assert "<5" in note
    assert "Aantallen van 1 tot 4" in page.measures.note.text()


def test_every_chart_has_its_table_alternative(page: StatsPage) -> None:
    assert {s.spec.key for s in page.sections} == {c.key for c in CHARTS}
    for sec in page.sections:
        assert sec.view.model() is sec.model
        assert sec.model.table is not None and sec.model.table.name == sec.spec.table
        assert sec.view.accessibleName().endswith("(tabel)")
        assert sec.accessibleName()


def test_charts_are_built_lazily_and_render(page: StatsPage, qtbot: Any,
                                            artifacts_dir: Path) -> None:  # fmt: skip
    # Only the visible tab's charts exist; the others wait until their tab is shown.
    assert all(s.chart_view is None for s in page.sections)  # the overview tab has none
    for index in range(1, page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        built = [s for s in page._tab_sections[index] if not s.table.empty]  # type: ignore[union-attr]
        assert built
        for sec in built:
            qtbot.waitUntil(
                lambda sec=sec: sec.chart_view is not None and sec.chart_view.isVisible()
            )
            image = sec.chart_view.grab().toImage()
            assert non_blank(image), sec.spec.key
            assert "grafiek" in sec.chart_view.accessibleName()
        page.grab().save(str(artifacts_dir / f"stats-test-tab{index}.png"))


def test_offscreen_render_of_every_chart(page: StatsPage) -> None:
    from desk.ui.stats.charts import render_image

    assert page.report is not None
    for spec in CHARTS:
        image = render_image(spec, page.report.table(spec.table), 500, 300, scale=1.0)
        assert non_blank(image), spec.key


def test_copy_table(page: StatsPage) -> None:
    sec = section(page, "cases_reason")
    sec.view.copy_all()
    text = QGuiApplication.clipboard().text()
    assert text.splitlines()[0] == "Reden\tAantal"
    assert "Geen eID\t<5" in text


def test_csv_export_is_protected(page: StatsPage, tmp_path: Path) -> None:
    files = page.export_csv_to(tmp_path / "out")
    assert len(files) == len(page.report.tables)  # type: ignore[union-attr]
    reason = tmp_path / "out" / "statistiek-loket-cases_by_reason.csv"
    raw = reason.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "Geen eID;<5" in text and "PIN onbekend;<5" in text
    assert "Aantallen van 1 tot 4" in text
    assert ";2" not in text and ";1\r" not in text  # the hidden counts themselves never appear


def _pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return re.sub(r"\s+", " ", text)


def test_pdf_report(page: StatsPage, tmp_path: Path, qtbot: Any) -> None:
    with qtbot.waitSignal(page.pdf_written, timeout=30000) as written:
        page.export_pdf_to(tmp_path / "rapport.pdf")
    path = written.args[0]
    assert path == tmp_path / "rapport.pdf"
    text = _pdf_text(path)
    for title in ("Statistieken digitale inclusie", "Kerncijfers", "Doorverwijzingen",
                  "Contacten", "Gidsen", "Gidsen: stap waar men stopte",
                  "Contacten per maand en uitkomst", "Over verborgen cijfers"):  # fmt: skip
        assert title in text, title
    assert "Periode: 01-10-2026 – 30-11-2026" in text
    assert re.search(r"Gemaakt op: \d\d-\d\d-\d{4} \d\d:\d\d", text)
    assert "<5" in text
    assert "Aantallen van 1 tot 4 worden niet getoond" in text
    assert "2,0 dagen" in text
    assert len(PdfReader(str(path)).pages) >= 2


def test_central_unavailable_keeps_local_figures(page: StatsPage, qtbot: Any) -> None:
    with qtbot.waitSignal(page.failed, timeout=15000) as failed:
        with qtbot.waitSignal(page.report_shown, timeout=15000) as shown:
            page.source_box.setCurrentIndex(1)  # Regio (centrale server): not enrolled
    assert "niet aangemeld" in failed.args[0]
    assert page.notice.isVisible() and "regio zijn niet beschikbaar" in page.notice.text()
    assert page.source == "local"
    assert shown.args[0].source == "local"
    assert page.measures.values["ttfc_median"].text() == "2,0 dagen"


def test_empty_period_says_so(page: StatsPage, qtbot: Any) -> None:
    page.set_period(date(2030, 1, 1), date(2030, 1, 31))
    with qtbot.waitSignal(page.report_shown, timeout=15000) as shown:
        page.refresh()
    assert shown.args[0].empty
    assert "Geen gegevens in deze periode" in page.notice.text()
    assert all(s.empty_label.isVisibleTo(page) for s in page.sections if s.isVisibleTo(page))


def test_qtcharts_not_imported_until_a_chart_is_built() -> None:
    code = ("import sys; import desk.ui.stats.page, desk.ui.stats.sections; "
            "print('PySide6.QtCharts' in sys.modules)")  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=60)  # fmt: skip
    assert out.stdout.strip() == "False"


def test_a_slow_calculation_shows_progress_and_can_be_stopped(
        qtbot: Any, page: StatsPage, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from PySide6.QtWidgets import QProgressDialog

    import desk.app.stats as stats_service

    release = threading.Event()
    slow_calls: list[int] = []

    def slow(store: Any, config: Any, filters: Any) -> Any:
        slow_calls.append(1)
        release.wait(10)
        return "not a report: showing it would fail"

    monkeypatch.setattr(stats_service, "local_statistics", slow)
    shown: list[object] = []
    page.report_shown.connect(shown.append)
    page.refresh()

    def dialog() -> QProgressDialog | None:
        found = [d for d in page.findChildren(QProgressDialog) if d.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: dialog() is not None, timeout=5000)  # after about half a second
    assert "Statistieken berekenen" in dialog().labelText()  # type: ignore[union-attr]
    from PySide6.QtWidgets import QPushButton

    stop = dialog().findChild(QPushButton)  # type: ignore[union-attr]
    assert stop is not None and stop.text() == "Annuleren"
    qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: page.refresh_button.isEnabled(), timeout=5000)
    assert "gestopt" in page.scope_label.text()
    assert shown == [] and slow_calls == [1]
    assert page.ctx.errors.shown == []  # stopping is not an error
