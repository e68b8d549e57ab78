"""The Statistieken screen: numbers, rounding, charts with their tables, exports."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtTest import QAbstractItemModelTester

from desk.config import load_config
from desk.domain.periods import Period
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
    widget.set_period(Period(2026, "quarter", 4))
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


def _number(value: int | None) -> str:
    return format(value, ",").replace(",", ".") if value is not None else "<5"


def test_numbers_on_screen_are_the_published_ones(page: StatsPage) -> None:
    from desk.ui.stats.table_model import month_text

    report = page.report
    assert report is not None and report.period == Period(2026, "quarter", 4)
    measures = {m.key: m.value for m in report.measures}
    for key, label in page.measures.values.items():
        assert label.text() == measures[key]
    model = section(page, "cases_month").model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    table = report.table("cases_by_month")
    assert table.rows[:2] == ("2026-10", "2026-11")
    labels = [month_text(label) for label in table.row_labels()]
    assert [model.display(r, 0) for r in range(model.rowCount())] == [*labels, "Totaal"]
    last = model.columnCount() - 1
    totals = [*table.row_totals, table.total]
    assert [model.display(r, last) for r in range(model.rowCount())] == [
        _number(c.value) for c in totals]  # fmt: skip
    # October and November each had 10 contacts: published as 10, or 5 to 15 if rounded.
    assert all(c.value is not None and c.value % 5 == 0 for c in totals)


def test_rounding_in_the_table_model(page: StatsPage) -> None:
    model = section(page, "cases_channel").model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    values = [model.display(r, c) for r in range(model.rowCount())
              for c in range(1, model.columnCount())]  # fmt: skip
    assert values and all(int(v.replace(".", "")) % 5 == 0 for v in values)
    reason = section(page, "cases_reason").model
    assert reason.columnCount() == 2  # label + count: no repeated totals column
    assert "<5" not in section(page, "cases_reason").note_label.text()
    assert "Afgerond op een veelvoud van 5" in section(page, "cases_channel").note_label.text()
    assert "afgerond op een veelvoud van 5" in page.measures.note.text()


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
    sec = section(page, "cases_channel")
    sec.view.copy_all()
    text = QGuiApplication.clipboard().text()
    assert text.splitlines()[0].startswith("Kanaal\t")
    assert "\nLoket\t" in text


def test_csv_export_is_protected(page: StatsPage, tmp_path: Path) -> None:
    files = page.export_csv_to(tmp_path / "out")
    assert len(files) == len(page.report.tables)  # type: ignore[union-attr]
    channel = tmp_path / "out" / "statistiek-loket-cases_by_channel.csv"
    raw = channel.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "Loket;" in text and "Alle aantallen zijn afgerond" in text
    for path in files:
        for line in path.read_text(encoding="utf-8-sig").splitlines()[1:-2]:
            numbers = [int(v) for v in line.split(";")[1:] if v.isdigit()]
            assert all(n % 5 == 0 for n in numbers), (path.name, line)


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
                  "Contacten per maand en uitkomst", "Over de afronding van de cijfers"):  # fmt: skip
        assert title in text, title
    assert "Periode: 4e kwartaal 2026" in text
    assert re.search(r"Gemaakt op: \d\d-\d\d-\d{4} \d\d:\d\d", text)
    assert "Alle aantallen zijn afgerond op een veelvoud van 5" in text
    assert "verborgen" not in text.lower()
    assert len(PdfReader(str(path)).pages) >= 2


def test_central_unavailable_keeps_local_figures(page: StatsPage, qtbot: Any) -> None:
    with qtbot.waitSignal(page.failed, timeout=15000) as failed:
        with qtbot.waitSignal(page.report_shown, timeout=15000) as shown:
            page.source_box.setCurrentIndex(1)  # Regio (centrale server): not enrolled
    assert "niet aangemeld" in failed.args[0]
    assert page.notice.isVisible() and "regio zijn niet beschikbaar" in page.notice.text()
    assert page.source == "local"
    assert shown.args[0].source == "local"
    median = next(m for m in shown.args[0].measures if m.key == "ttfc_median")
    assert page.measures.values["ttfc_median"].text() == median.value


def test_empty_period_says_so(page: StatsPage, qtbot: Any) -> None:
    page.set_period(Period(2030, "month", 1))
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


def test_the_period_is_a_whole_month_quarter_or_year(page: StatsPage, qtbot: Any) -> None:
    from desk import clock

    today = clock.today()
    assert page.filters().period == Period(2026, "quarter", 4)
    assert page.period_box.currentText() == "4e kwartaal 2026"
    page.kind_box.setCurrentIndex(page.kind_box.findData("month"))
    assert page.period_box.count() == 24
    assert page.period() == Period.containing(today, "month")  # the newest first
    assert page.period_box.itemText(0) == QLocale().toString(
        QDate(today.year, today.month, 1), "MMMM yyyy")  # fmt: skip
    page.kind_box.setCurrentIndex(page.kind_box.findData("year"))
    assert page.period() == Period.containing(today, "year")
    with qtbot.waitSignal(page.report_shown, timeout=15000) as shown:
        page.refresh()
    assert shown.args[0].period == Period.containing(today, "year")
    assert "periode " + str(today.year) in page.scope_label.text()


def test_pdf_report_body_text_is_at_least_10_pt(page: StatsPage, tmp_path: Path,
                                                qtbot: Any) -> None:
    """Measured in the PDF itself (#15: the body was printed at about 6 pt)."""
    from collections import Counter

    with qtbot.waitSignal(page.pdf_written, timeout=30000) as written:
        page.export_pdf_to(tmp_path / "rapport.pdf")
    sizes: Counter[float] = Counter()

    def visit(text: str, cm: Any, tm: Any, _font: Any, size: float) -> None:
        if text.strip():
            scale = abs(tm[3] * cm[3]) or 1.0  # the vertical scale of text and page
            sizes[round(size * scale, 1)] += len(text.strip())

    for pdf_page in PdfReader(str(written.args[0])).pages:
        pdf_page.extract_text(visitor_text=visit)
    body, _count = sizes.most_common(1)[0]
    assert body >= 10.0, sizes.most_common(5)
    assert min(sizes) >= 10.0, sorted(sizes)
