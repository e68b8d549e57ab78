"""The quick log, automatic logging from guides, the case list and its model."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from desk.app.demo import fill
from desk.domain.guides.session import GuideSession
from desk.store.cases import CaseQuery, CaseRepository
from desk.store.store import Store
from desk.ui.cases.model import PAGE_SIZE, CaseTableModel
from tests.support.clock import day_text, local_today

from .conftest import NOW, TOPICS
from .test_case_rules import session_dict


class Keys:
    """Sends key presses to whatever has the focus, and counts them."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.count = 0

    def press(self, key: Any, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
        target = QApplication.focusWidget()
        assert target is not None, "nothing has the keyboard focus"
        self.qtbot.keyClick(target, key, modifier)
        self.count += 1

    def type(self, text: str) -> None:
        for char in text:
            self.press(char)


def open_dialog(qtbot: Any, window: Any, store: Store, keys: Keys) -> Any:
    window.ctx.set_store(store)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    window.nav.setFocus()
    keys.press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.case_log.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and dialog.topic.hasFocus())
    return dialog


def test_quick_log_takes_six_keystrokes_and_enter(qtbot: Any, window: Any, store: Store) -> None:
    keys = Keys(qtbot)
    dialog = open_dialog(qtbot, window, store, keys)
    keys.count = 0  # Ctrl+L opened it; count the contact itself
    keys.type("a")              # topic: first starting with "a"
    keys.press(Qt.Key.Key_Tab)
    keys.type("2")              # outcome 2: together
    keys.press(Qt.Key.Key_Tab)
    keys.type("15")             # minutes
    assert keys.count == 6
    with qtbot.waitSignal(dialog.saved, timeout=3000) as saved:
        keys.press(Qt.Key.Key_Return)
    row = CaseRepository(store).get(saved.args[0])
    assert row is not None
    assert json.loads(row["topics"]) == ["topic:Attesten en uittreksels"]
    assert (row["outcome"], row["duration_min"], row["office"], row["staff"], row["channel"]) == (
        "together", 15, "kortrijk-stadhuis", "Elke", "counter")
    assert store.conn().execute("SELECT count(*) FROM outbox").fetchone()[0] == 1
    assert store.conn().execute("SELECT count(*) FROM drafts").fetchone()[0] == 0


def test_last_office_and_channel_are_the_next_defaults(qtbot: Any, window: Any,
                                                       store: Store) -> None:
    keys = Keys(qtbot)
    dialog = open_dialog(qtbot, window, store, keys)
    dialog.office.setCurrentText("kortrijk-heule")
    dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
    dialog.topic.setCurrentIndex(1)
    dialog.outcome.setCurrentIndex(1)
    dialog.duration.setText("3")
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    again = window.case_log.open_quick_log()
    assert again is not dialog
    assert (again.office.currentText(), again.channel.currentData()) == ("kortrijk-heule", "phone")


def test_enter_twice_while_saving_logs_one_contact(qtbot: Any, window: Any, store: Store,
                                                  ctx: Any) -> None:
    keys = Keys(qtbot)
    dialog = open_dialog(qtbot, window, store, keys)
    dialog.topic.setCurrentIndex(1)
    dialog.outcome.setCurrentIndex(1)
    dialog.duration.setText("4")
    announced: list[Any] = []
    ctx.changed.connect(announced.append)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.accept()
        assert not dialog.save_button.isEnabled()  # written off the GUI thread: wait
        dialog.accept()
        keys.press(Qt.Key.Key_Return)
    assert store.conn().execute("SELECT count(*) FROM cases").fetchone()[0] == 1
    assert [c.cases for c in announced] == [True]  # one announcement: the list refreshes once


def test_a_save_that_fails_keeps_the_form_and_says_why(qtbot: Any, window: Any, store: Store,
                                                       ctx: Any,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from desk.errors import EnvironmentFault

    keys = Keys(qtbot)
    dialog = open_dialog(qtbot, window, store, keys)
    dialog.topic.setCurrentIndex(1)
    dialog.outcome.setCurrentIndex(1)
    dialog.duration.setText("4")

    def full_disk(*_args: Any, **_kwargs: Any) -> str:
        raise EnvironmentFault("De schijf is vol.")

    monkeypatch.setattr(dialog.repo, "save", full_disk)
    dialog.accept()
    qtbot.waitUntil(lambda: "De schijf is vol." in ctx.errors.shown, timeout=5000)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    assert dialog.isVisible() and not dialog.saving
    monkeypatch.undo()
    with qtbot.waitSignal(dialog.saved, timeout=5000):  # what was typed is still there
        dialog.accept()


def test_bad_input_saves_nothing_and_says_why(qtbot: Any, window: Any, store: Store) -> None:
    keys = Keys(qtbot)
    dialog = open_dialog(qtbot, window, store, keys)
    keys.type("b")
    keys.press(Qt.Key.Key_Tab)
    keys.type("6")  # not possible: needs a reason
    keys.press(Qt.Key.Key_Tab)
    keys.type("-5")
    dialog.date.setText("30-02-2026")
    dialog.notes.setPlainText("geplakt\x0bmet stuurteken")
    keys.press(Qt.Key.Key_Return)
    assert dialog.isVisible()
    shown = {name for name, label in dialog.errors.items() if label.isVisible()}
    assert shown == {"duration_min", "not_possible_reason", "date", "notes"}
    assert "negatief" in dialog.errors["duration_min"].text()
    assert dialog.duration.hasFocus()  # the first wrong field
    assert store.conn().execute("SELECT count(*) FROM cases").fetchone()[0] == 0
    assert store.conn().execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
    # Fixing them saves.
    dialog.duration.setText("5")
    dialog.date.setText(day_text(-1))
    dialog.notes.setPlainText("")
    dialog.reason.setCurrentIndex(dialog.reason.findData("no_eid"))
    with qtbot.waitSignal(dialog.saved):
        keys.press(Qt.Key.Key_Return)


def test_draft_is_autosaved_and_restored_at_next_start(qtbot: Any, window: Any, store: Store,
                                                       ctx: Any) -> None:
    keys = Keys(qtbot)
    dialog = open_dialog(qtbot, window, store, keys)
    with qtbot.waitSignal(dialog.draft_saved, timeout=3000):
        keys.type("s")
        keys.press(Qt.Key.Key_Tab)
        keys.type("5")
        keys.press(Qt.Key.Key_Tab)
        keys.type("9")
    # "Crash": the window goes away without the dialog being saved or cancelled.
    dialog.hide()
    from desk.ui.cases.wiring import CaseLog
    from desk.ui.main_window import MainWindow

    restarted = MainWindow(ctx)
    qtbot.addWidget(restarted)
    case_log = CaseLog(restarted, ctx)
    restored = case_log.dialog
    assert restored is not None and restored is not dialog
    assert restored.topic.currentText() == "Sociale voordelen"
    assert restored.outcome.currentData() == "follow_up"
    assert restored.duration.text() == "9"
    assert any("hersteld" in t for t in restarted.notices.texts())
    restored.follow_up.setText(day_text(5))
    with qtbot.waitSignal(restored.saved):
        restored.accept()
    assert CaseRepository(store).drafts() == []


def test_guide_session_opens_a_prefilled_quick_log(qtbot: Any, window: Any, store: Store,
                                                   ctx: Any) -> None:
    ctx.set_store(store)
    ctx.guide_titles["itsme-activeren"] = "itsme activeren op uw smartphone"
    session = GuideSession.from_dict(session_dict(actors=("citizen", "citizen", "citizen")))
    ctx.guide_session_finished.emit(session)
    dialog = window.case_log.dialog
    assert dialog is not None
    assert dialog.outcome.currentData() == "citizen_alone"
    assert dialog.duration.text() == "15"
    # The guide's title is the topic; its id is nowhere on screen (#15).
    assert "itsme activeren op uw smartphone" in dialog.session_label.text()
    assert dialog.topic.currentText() == "Gids: itsme activeren op uw smartphone"
    assert "guide:" not in dialog.extra_topics.text()
    assert "itsme-activeren" not in dialog.session_label.text() + dialog.topic.currentText()
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(dialog.topic, Qt.Key.Key_Return)  # the employee only confirms
    row = CaseRepository(store).get(saved.args[0])
    assert row is not None
    assert json.loads(row["topics"]) == ["guide:itsme-activeren"]
    stored = json.loads(row["guide_session"])
    assert stored["guide_id"] == "itsme-activeren" and stored["guide_version"] == 3
    assert [v["actor"] for v in stored["visits"]] == ["citizen"] * 3
    payload = json.loads(store.conn().execute("SELECT payload FROM outbox").fetchone()[0])
    assert payload["guide_session"]["duration_s"] == 870


def test_abandoned_guide_asks_for_the_outcome(qtbot: Any, window: Any, store: Store,
                                              ctx: Any) -> None:
    ctx.set_store(store)
    ctx.guide_session_finished.emit(
        GuideSession.from_dict(session_dict("not_possible", reason="pin_unknown")))
    dialog = window.case_log.dialog
    assert (dialog.outcome.currentData(), dialog.reason.currentData()) == (
        "not_possible", "pin_unknown")
    assert "Gestopt bij stap" in dialog.session_label.text()
    assert "stap-1" not in dialog.session_label.text()  # a step's place, not its id
    # A second guide of the same run lands in the same open quick log.
    ctx.guide_session_finished.emit(GuideSession.from_dict(
        {**session_dict("stopped"), "guide_id": "pin-puk-vergeten"}))
    assert window.case_log.dialog is dialog
    assert "Pin puk vergeten" in dialog.extra_topics.text()  # its title, once loaded
    assert "guide:" not in dialog.extra_topics.text()
    assert "guide:pin-puk-vergeten" in dialog.form()["topics"]  # stored by its id
    assert dialog.duration.text() == "30"
    assert dialog.outcome.currentData() is None or dialog.outcome.currentData() == ""


def test_model_passes_qabstractitemmodeltester(qtbot: Any, store: Store) -> None:
    fill(store, 620, seed=2, topics=TOPICS, now=NOW)
    repo = CaseRepository(store)
    model = CaseTableModel()
    tester = QAbstractItemModelTester(
        model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_repository(repo)
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 620
    model.sort(6, Qt.SortOrder.AscendingOrder)
    assert model.query.sort == "duration_min"
    durations = [int(model.index(r, 6).data().split()[0]) for r in range(model.rowCount())]
    assert durations == sorted(durations)
    model.sort(4, Qt.SortOrder.AscendingOrder)  # topics: not sortable, nothing changes
    assert model.query.sort == "duration_min"
    model.set_query(CaseQuery(outcome="not_possible"))
    assert all("Niet mogelijk" in model.index(r, 5).data() for r in range(model.rowCount()))
    model.set_query(CaseQuery(search="geen-enkele-treffer"))
    assert model.rowCount() == 0 and not model.canFetchMore()
    del tester


def test_list_page_filters_and_training_banner(qtbot: Any, window: Any, store: Store,
                                               ctx: Any) -> None:
    fill(store, 300, seed=3, topics=TOPICS, now=NOW)
    ctx.set_store(store)
    assert any("OEFENMODUS" in t for t in window.notices.texts())
    page = window.show_area("cases")
    repo = CaseRepository(store)
    expected = repo.count(CaseQuery(search="itsme"))
    with qtbot.waitSignal(page.count_updated, timeout=5000,
                          check_params_cb=lambda n: n == expected):
        page.search.setText("ITSME")  # applied after a short pause in typing
    model = page.model
    assert page.count_label.text() == f"{expected} contacten"
    assert 0 < model.rowCount() < 300
    assert model.rowCount() == repo.count(CaseQuery(search="itsme"))
    page.search.clear()
    page.channel.setCurrentIndex(page.channel.findData("phone"))
    page.outcome.setCurrentIndex(page.outcome.findData("together"))
    expected = repo.count(CaseQuery(channel="phone", outcome="together"))
    assert model.rowCount() == min(expected, PAGE_SIZE) and expected > 0
    page.date_from.setText("31-02-2026")
    page.apply_filters()
    assert not page.filter_error.isHidden() and "bestaat niet" in page.filter_error.text()
    page.date_from.setText("")
    page.apply_filters()
    assert page.filter_error.isHidden()
    # Delete from the list: soft delete, refresh.
    page.table.selectRow(0)
    victim = page.selected_id()
    with qtbot.waitSignal(ctx.changed, timeout=5000):  # written off the GUI thread
        page.delete_case(victim)
    assert victim not in {model.case_id(r) for r in range(model.rowCount())}


@pytest.mark.parametrize("export_personal", [False])
def test_export_and_import_actions_run_on_the_worker(qtbot: Any, window: Any, store: Store,
                                                     ctx: Any, tmp_path: Any,
                                                     export_personal: bool) -> None:
    from .conftest import make_case

    repo = CaseRepository(store)
    for n in range(3):
        repo.save(make_case(duration_min=n + 1))
    ctx.set_store(store)
    page = window.show_area("cases")
    out = tmp_path / "ui.csv"
    job = page.export_to(out, personal=export_personal)
    with qtbot.waitSignal(job.ended, timeout=5000):
        pass
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    job = page.import_from(out)
    with qtbot.waitSignal(job.ended, timeout=5000):
        pass
    assert (page.last_import.imported, page.last_import.skipped_existing) == (0, 3)


def test_follow_ups_due_are_shown_at_start(qtbot: Any, window: Any, store: Store,
                                           ctx: Any) -> None:
    from datetime import timedelta

    from desk.domain.cases import format_day

    from .conftest import make_case

    repo = CaseRepository(store)
    today = local_today()
    for follow in (today, today - timedelta(days=3), today + timedelta(days=2)):
        repo.save(make_case(date=format_day(today - timedelta(days=5)), outcome="follow_up",
                            follow_up_on=format_day(follow)),)
    with qtbot.waitSignal(window.case_log.follow_ups_counted, timeout=5000) as counted:
        ctx.set_store(store)
    assert counted.args == [2]
    assert any("1 voor vandaag, 1 achterstallig" in t for t in window.notices.texts())
    # In the Logboek its own bar says the same, with a button: the banner steps aside.
    window.show_area("cases")
    assert not any("achterstallig" in t for t in window.notices.texts())
