"""The list, the history panel, status changes and consent withdrawal from the page."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtTest import QAbstractItemModelTester

from desk.store.common import utcnow
from desk.store.referrals import ReferralRepository
from tests.referrals_store.helpers import CANARY, anonymous, personal


def _seed(page: Any) -> tuple[Any, Any]:
    repo: ReferralRepository = page.repo
    a = repo.submit(personal(), by="Elke", at=utcnow() - timedelta(days=30))
    b = repo.submit(anonymous(municipality="menen"), by="Elke", at=utcnow())
    page.refresh()
    return a, b


@pytest.fixture
def dutch(qapp: Any) -> Any:
    """Desk's Dutch catalogue: the plural forms of counts come from it (#15)."""
    from desk.ui.i18n import install_translations, remove_translations

    install_translations(qapp, "nl")
    yield
    remove_translations(qapp)


def test_list_shows_status_partner_dates_and_follow_up(qtbot: Any, dutch: Any,
                                                       page: Any) -> None:
    QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    a, b = _seed(page)
    model = page.model
    assert model.rowCount() == 2
    texts = {model.data(model.index(r, 0), 256): [model.data(model.index(r, c))
                                                    for c in range(model.columnCount())]
             for r in range(model.rowCount())}
    # Not accepted by the central service yet (this desk is not even enrolled).
    assert texts[a.id][0] == "Klaar om te versturen"
    assert texts[a.id][1] == "Hulp op het digipunt (fictief)"
    assert "(te laat)" in texts[a.id][4] and "(" not in texts[b.id][4]
    assert texts[a.id][5] == CANARY and texts[b.id][5] == "anoniem"
    assert page.follow_up_summary.text() == "1 doorverwijzing wacht op opvolging."
    page.filter.setCurrentIndex(page.filter.findData("follow_up"))
    assert [model.row_at(r).id for r in range(model.rowCount())] == [a.id]


def test_status_change_refuses_illegal_steps_and_records_history(qtbot: Any, page: Any) -> None:
    a, _ = _seed(page)
    page.select(a.id)
    dialog = page.change_status_dialog()
    qtbot.waitExposed(dialog)
    dialog.status.setCurrentIndex(dialog.status.findData("completed"))
    dialog.accept()
    assert dialog.isVisible() and dialog.problem.isVisibleTo(dialog)
    assert "Klaar om te versturen" in dialog.problem.text() and "Afgerond" in dialog.problem.text()
    assert "Ontvangen" in dialog.problem.text()  # what is possible instead
    dialog.status.setCurrentIndex(dialog.status.findData("received"))
    dialog.note.setPlainText("Digipunt bevestigt")
    with qtbot.waitSignal(page.refreshed):
        dialog.accept()
    assert page.repo.get(a.id).referral.status == "received"
    assert "Ontvangen door Elke" in page.history.item(0).text()
    assert "Digipunt bevestigt" in page.history.item(0).text()
    assert "Klaar om te versturen door Elke" in page.history.item(1).text()


def test_final_status_cannot_change(qtbot: Any, page: Any) -> None:
    from desk.ui.referrals.status_dialog import transition_problem

    assert "eindstatus" in (transition_problem("completed", "received") or "")
    assert transition_problem("sent", "received") is None


def test_withdraw_consent_from_the_page(qtbot: Any, page: Any) -> None:
    a, _ = _seed(page)
    page.select(a.id)
    assert page.withdraw_button.isEnabled()
    with qtbot.waitSignal(page.withdraw(a.id).ended, timeout=5000):
        assert not page.withdraw_button.isEnabled()  # no second click while it is written
    got = page.repo.get(a.id).referral
    assert got.citizen is None and got.anonymous
    assert not page.withdraw_button.isEnabled()
    assert "Toestemming ingetrokken" in page.details.text()
    assert "toestemming ingetrokken door Elke" in page.history.item(0).text()
    row = page.model.row_of(a.id)
    assert page.model.data(page.model.index(row, 5)) == "anoniem"


def test_page_in_the_main_window(qtbot: Any, ctx: Any, memory_keyring: Any) -> None:
    from desk.ui.main_window import MainWindow
    from desk.ui.referrals.page import ReferralsPage

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.show_area("referrals")
    assert isinstance(page, ReferralsPage)
    qtbot.waitUntil(lambda: page.is_loaded, timeout=10000)




def test_export_action_runs_on_the_worker(qtbot: Any, page: Any, tmp_path: Any) -> None:
    _seed(page)
    out = tmp_path / "export.csv"
    with qtbot.waitSignal(page.export_done, timeout=10000) as done:
        page.export_to(out)
    assert done.args == [2]
    text = out.read_text(encoding="utf-8-sig")
    assert text.startswith("id;") and CANARY not in text


def test_a_referral_purged_under_retention_says_so(qtbot: Any, page: Any,
                                                    frozen_clock: Any) -> None:
    """Not 'anonymous, no consent': consent was given, the data was erased later."""
    from desk.store.common import to_iso
    from desk.store.outbox import Outbox
    from desk.store.retention import purge_personal

    a, _ = _seed(page)
    outbox = Outbox(page.repo.store)
    (entry,) = [e for e in outbox.next_batch(10) if e.record_id == a.id]
    with outbox.tx() as tx:  # the server acknowledged it
        tx.ack([(entry, 1)], to_iso(utcnow()))
    frozen_clock.advance(days=90)
    assert purge_personal(page.repo.store, 90).referrals == 1
    page.refresh()
    page.select(a.id)
    text = page.details.text()
    assert "gewist op" in text and "geen toestemming" not in text and CANARY not in text
    row = page.model.row_of(a.id)
    assert page.model.data(page.model.index(row, 5)) == "anoniem"


def _accept(page: Any, referral_id: str) -> None:
    """The central service acknowledges the referral's outbox entry."""
    from desk.store.common import to_iso
    from desk.store.outbox import Outbox

    outbox = Outbox(page.repo.store)
    (entry,) = [e for e in outbox.next_batch(10) if e.record_id == referral_id]
    with outbox.tx() as tx:
        tx.ack([(entry, 1)], to_iso(utcnow()))


def test_sent_only_once_the_server_accepted_it_list_details_history_letter(
        qtbot: Any, page: Any) -> None:
    a, _ = _seed(page)
    qtbot.waitUntil(lambda: page.is_loaded)
    page.select(a.id)
    assert "Klaar om te versturen" in page.details.text()
    assert "Nog niet verstuurd" in page.details.text()
    assert "Klaar om te versturen door Elke" in page.history.item(0).text()
    letter = page.letter_dialog()
    qtbot.addWidget(letter)
    assert letter.not_sent.isVisibleTo(letter) and "nog niet verstuurd" in letter.not_sent.text()
    assert "afspraak" not in letter.letter.title.lower()
    letter.close()

    _accept(page, a.id)
    page.ctx.synced.emit(object())  # what the sync controller announces after a run
    row = page.model.row_of(a.id)
    assert page.model.data(page.model.index(row, 0)) == "Verstuurd"
    page.select(a.id)
    assert "Nog niet verstuurd" not in page.details.text()
    assert "Verstuurd door Elke" in page.history.item(0).text()
    letter = page.letter_dialog()
    qtbot.addWidget(letter)
    assert not letter.not_sent.isVisibleTo(letter)
    letter.close()
