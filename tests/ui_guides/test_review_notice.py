"""Staff see when a guide is overdue for review: in the guide list and in the runner.

The notice is words (with the dates in dd-mm-jjjj), not a colour. Review dates
are written relative to the suite's frozen today; "today" comes from the one
clock (``ctx.clock``), so moving the frozen clock on makes a guide overdue.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from desk.domain.formats import format_date
from desk.domain.guides.model import add_months
from desk.ui.guides.library_view import GUIDE_ROLE, OVERDUE_ROLE
from tests.support.clock import local_today

from .conftest import BETA, REVIEWED

#: Six months and a day before the frozen today: one day past the default interval.
LATE = add_months(local_today(), -6) - timedelta(days=1)
#: Exactly six months before: due today, which still counts as in time.
DUE_TODAY = add_months(local_today(), -6)


def _write_beta(guide_dir: Path, reviewed: str, extra: str = "") -> None:
    text = BETA.replace(f"reviewed = {REVIEWED}", f"reviewed = {reviewed}")
    if extra:
        text = text.replace('language = "nl"\n', f'language = "nl"\n{extra}\n')
    (guide_dir / "beta-itsme.md").write_text(text, encoding="utf-8")


def _item_texts(view) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {
        view.results.item(i).data(GUIDE_ROLE): view.results.item(i).text()
        for i in range(view.results.count())
    }


def test_the_guide_list_says_which_guide_is_overdue(make_page, guide_dir: Path) -> None:  # type: ignore[no-untyped-def]
    _write_beta(guide_dir, LATE.isoformat())
    page = make_page([guide_dir])
    view = page.library_view
    texts = _item_texts(view)
    notice = f"Nazicht verlopen: laatst nagekeken op {format_date(LATE)}"
    assert texts["beta-itsme"].splitlines()[-1] == notice
    assert "Nazicht" not in texts["alfa-aanmelden"]
    assert view.count.text() == "2 gidsen gevonden (1 met verlopen nazicht)"
    rows = {view.results.item(i).data(GUIDE_ROLE): view.results.item(i) for i in range(2)}
    assert rows["beta-itsme"].data(OVERDUE_ROLE) is True
    assert rows["alfa-aanmelden"].data(OVERDUE_ROLE) is False
    assert notice in rows["beta-itsme"].toolTip()
    # Also in a search result.
    view.search.setText("itsme")
    assert _item_texts(view)["beta-itsme"].endswith(notice)


def test_the_runner_says_it_above_every_panel(qtbot, make_page, guide_dir: Path) -> None:  # type: ignore[no-untyped-def]
    _write_beta(guide_dir, LATE.isoformat())
    page = make_page([guide_dir])
    runner = page.runner
    page.open_guide(page.library.get("alfa-aanmelden"))
    assert runner.review_notice.isHidden()

    # Through the real widgets: search, Enter opens the guide.
    view = page.library_view
    runner.library_button.click()
    qtbot.keyClicks(view.search, "beta")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert runner.current_guide.id == "beta-itsme"
    notice = runner.review_notice
    assert notice.isVisible()
    assert notice.text().startswith("Nazicht verlopen: deze gids werd laatst nagekeken op "
                                    f"{format_date(LATE)} en moest uiterlijk op ")
    # The due date: six months after the review (add_months has its own tests).
    assert format_date(add_months(LATE, 6)) in notice.text()
    assert "Controleer de stappen op de officiële bronnen" in notice.text()
    assert notice.accessibleName() == notice.text()
    runner.start()
    assert runner.running and notice.isVisible()  # still there while running the steps


def test_a_link_to_an_overdue_guide_shows_the_notice(make_page, guide_dir: Path) -> None:  # type: ignore[no-untyped-def]
    _write_beta(guide_dir, LATE.isoformat())
    page = make_page([guide_dir])
    runner = page.runner
    page.open_guide(page.library.get("alfa-aanmelden"))
    runner.start()
    assert runner.review_notice.isHidden()
    runner.step_panel.answer_buttons[1].click()  # "Nee, maar wel itsme" -> gids:beta-itsme
    assert runner.run.guide.id == "beta-itsme"
    assert runner.review_notice.isVisible()


def test_due_today_is_not_overdue_but_tomorrow_is(  # type: ignore[no-untyped-def]
    make_page, guide_dir: Path, frozen_clock
) -> None:
    _write_beta(guide_dir, DUE_TODAY.isoformat())
    page = make_page([guide_dir])
    view = page.library_view
    assert "Nazicht" not in _item_texts(view)["beta-itsme"]
    page.open_guide(page.library.get("beta-itsme"))
    assert page.runner.review_notice.isHidden()

    frozen_clock.advance(days=1)  # the one clock moves on: the same guide is now late
    view.refresh()
    assert _item_texts(view)["beta-itsme"].endswith(format_date(DUE_TODAY))
    page.open_guide(page.library.get("beta-itsme"))
    assert page.runner.review_notice.isVisible()


def test_review_months_in_the_header_is_honoured(make_page, guide_dir: Path) -> None:  # type: ignore[no-untyped-def]
    _write_beta(guide_dir, LATE.isoformat(), extra="review_months = 12")
    page = make_page([guide_dir])
    assert "Nazicht" not in _item_texts(page.library_view)["beta-itsme"]
    page.open_guide(page.library.get("beta-itsme"))
    assert page.runner.review_notice.isHidden()
