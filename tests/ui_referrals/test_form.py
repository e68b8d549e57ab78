"""The referral form: consent gating, inline validation, keyboard use, autosave and restore."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextBrowser,
    QWidget,
)

from tests.referrals_store.helpers import CANARY, CANARY_MAIL


def _tab_to(qtbot: Any, window: QWidget, target: QWidget, limit: int = 60) -> None:
    """Press Tab until *target* has focus: proves it is reachable by keyboard."""
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        focused = QApplication.focusWidget() or window
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    raise AssertionError(f"{target.accessibleName()!r} not reachable with Tab")


def _choose(qtbot: Any, combo: QComboBox, code: str) -> None:
    """Pick *code* in a combo with the arrow keys only."""
    target = combo.findData(code)
    assert target >= 0
    key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def _open_form(qtbot: Any, page: Any) -> Any:
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page.window())
    with qtbot.waitSignal(page.form_opened) as opened:
        page.new_button.setFocus()
        qtbot.keyClick(page.new_button, Qt.Key.Key_Space)
    form = opened.args[0]
    qtbot.waitExposed(form)
    return form


def test_anonymous_referral_by_keyboard_only(qtbot: Any, page: Any) -> None:
    page.window().show()
    qtbot.waitExposed(page)
    form = _open_form(qtbot, page)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    form.municipality.setFocus()
    _choose(qtbot, form.municipality, "kortrijk")
    for code in ("smartphone", "email"):
        box = form.need_boxes[code]
        _tab_to(qtbot, form, box)
        qtbot.keyClick(box, Qt.Key.Key_Space)
    _tab_to(qtbot, form, form.barrier_boxes["fear_distrust"])
    qtbot.keyClick(form.barrier_boxes["fear_distrust"], Qt.Key.Key_Space)
    _tab_to(qtbot, form, form.services)
    qtbot.keyClick(form.services, Qt.Key.Key_Down)  # staff pick the second suggestion
    chosen = form.services.currentItem().data(Qt.ItemDataRole.UserRole)
    with qtbot.waitSignal(form.submitted) as sent:
        qtbot.keyClick(form.services, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    referral = sent.args[0]
    assert referral.status == "sent" and referral.anonymous
    assert referral.needs == ("smartphone", "email") and referral.barriers == ("fear_distrust",)
    assert referral.service_id == chosen
    assert page.model.rowCount() == 1 and page.selected_id() == referral.id


def test_contact_fields_need_consent(qtbot: Any, page: Any) -> None:
    form = page.new_referral()
    assert not form.name.isEnabled() and not form.notes.isEnabled()
    assert form.personal_reason.isVisibleTo(form)
    assert "anonieme doorverwijzing" in form.personal_reason.text()
    form.language.setCurrentIndex(form.language.findData("fr"))
    assert "Pouvons-nous" in form.consent_view.toPlainText()
    form.consent_box.setChecked(True)
    assert form.name.isEnabled() and form.phone.isEnabled()
    assert form.consent.text_version == "2026-11-v1" and form.consent.language == "fr"
    assert form.consent.staff == "Elke" and form.consent.at is not None
    assert "2026-11-v1" in form.consent_info.text()
    form.name.setText(CANARY)
    form.consent_box.setChecked(False)  # the citizen changed their mind
    assert form.name.text() == "" and not form.name.isEnabled()
    assert form.current_referral().citizen is None


def test_consent_text_falls_back_to_dutch_with_a_notice(qtbot: Any, page: Any) -> None:
    form = page.new_referral()
    form.language.setCurrentIndex(form.language.findData("ar"))
    assert form.consent_fallback.isVisibleTo(form)
    assert "Nederlandse" in form.consent_fallback.text()
    assert "Mogen wij" in form.consent_view.toPlainText()
    form.consent_box.setChecked(True)
    assert form.consent.language == "nl"  # the text actually shown is recorded


def test_broken_dutch_consent_text_allows_only_anonymous(qtbot: Any, page: Any,
                                                         tmp_path: Path) -> None:
    from desk.ui.referrals.form import ReferralForm

    folder = tmp_path / "consent"
    folder.mkdir()
    (folder / "consent-nl.md").write_text("geen kop\n", encoding="utf-8")
    form = ReferralForm(page.ctx, page.repo, page.directory,
                        page.repo.new(office="o", staff="Elke"),
                        personal_problem=None, consent_folder=folder)
    qtbot.addWidget(form)
    assert not form.consent_box.isEnabled() and not form.name.isEnabled()
    assert "consent-nl.md:1" in form.consent_fallback.text()


def test_inline_messages_next_to_fields(qtbot: Any, page: Any) -> None:
    form = page.new_referral()
    form.consent_box.setChecked(True)
    qtbot.keyClicks(form.phone, "12ab")
    form.phone.editingFinished.emit()
    label = form.error_labels["citizen.phone"]
    assert label.isVisibleTo(form) and "cijfers" in label.text()
    assert "cijfers" in form.phone.accessibleDescription()
    assert not form.error_labels["needs"].isVisibleTo(form), "untouched fields stay quiet"
    form.phone.clear()
    qtbot.keyClicks(form.phone, "056 12 34 56")
    form.phone.editingFinished.emit()
    assert not label.isVisibleTo(form)
    qtbot.keyClicks(form.email, "geen-adres")
    form.email.editingFinished.emit()
    assert "@" in form.error_labels["citizen.email"].text()
    assert not form.try_submit()
    for field in ("municipality", "needs", "citizen.name", "citizen.contact_channel"):
        assert form.error_labels[field].isVisibleTo(form), field
    assert page.repo.count() == 0


def test_autosave_and_restore_after_a_crash(qtbot: Any, page: Any, ctx: Any) -> None:
    form = page.new_referral()
    form.municipality.setCurrentIndex(form.municipality.findData("wevelgem"))
    form.consent_box.setChecked(True)
    with qtbot.waitSignal(form.autosaved, timeout=5000):
        qtbot.keyClicks(form.name, CANARY)
        qtbot.keyClicks(form.email, CANARY_MAIL)
        form.need_boxes["online_banking"].setChecked(True)
    raw = page.repo.store.conn().execute("SELECT payload FROM drafts").fetchone()[0]
    assert CANARY not in raw and "online_banking" in raw
    form._done = True  # the process dies here: nothing else is saved
    from desk.ui.referrals.page import ReferralsPage

    again = ReferralsPage(ctx)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.loaded, timeout=10000):
        pass
    assert again.restore_box.isVisibleTo(again)
    assert "Een toestel" not in again.restore_label.text()
    assert "Online bankieren" in again.restore_label.text()
    restored = again.restore_autosave()
    assert restored.name.text() == CANARY and restored.email.text() == CANARY_MAIL
    assert restored.need_boxes["online_banking"].isChecked()
    assert restored.consent.active and restored.base.id == form.base.id
    assert restored.municipality.currentData() == "wevelgem"


def test_closing_the_form_keeps_a_draft(qtbot: Any, page: Any) -> None:
    form = page.new_referral()
    form.need_boxes["device_lending"].setChecked(True)
    with qtbot.waitSignal(form.saved):
        qtbot.keyClick(form, Qt.Key.Key_Escape)
    rows = page.repo.find()
    assert [r.status for r in rows] == ["draft"]
    assert page.repo.form_drafts() == []
    assert page.open_button.isEnabled()
    reopened = page.open_selected_draft()
    assert reopened.need_boxes["device_lending"].isChecked()


def test_an_empty_form_leaves_nothing(qtbot: Any, page: Any) -> None:
    form = page.new_referral()
    form.close()
    assert page.repo.count() == 0 and page.repo.form_drafts() == []


def test_without_keyring_only_anonymous(qtbot: Any, page_without_keyring: Any) -> None:
    page = page_without_keyring
    assert page.notice.isVisibleTo(page) and "sleutelbos" in page.notice.text()
    form = page.new_referral()
    assert not form.consent_box.isEnabled() and not form.name.isEnabled()
    assert "uitgeschakeld" in form.personal_reason.text()
    form.municipality.setCurrentIndex(form.municipality.findData("avelgem"))
    form.need_boxes["affordable_internet"].setChecked(True)
    with qtbot.waitSignal(form.submitted, timeout=5000):
        assert form.try_submit()
        # Sent off the GUI thread: a second Ctrl+Enter or Escape meanwhile does nothing.
        assert not form.submit_button.isEnabled() and form.try_submit() is None
        form.reject()
    assert page.repo.count() == 1


def test_unknown_partner_in_a_restored_draft_is_named(qtbot: Any, page: Any) -> None:
    import dataclasses

    base = dataclasses.replace(page.repo.new(office="o", staff="Elke"),
                               service_id="svc-opgeheven", needs=("email",),
                               municipality="kuurne")
    form = page._open_form(base)
    assert form.current_referral().service_id == "svc-opgeheven"
    errors = form.validate(show_all=True)
    assert "svc-opgeheven" in errors["service_id"]
    assert "svc-opgeheven" in form.error_labels["service_id"].text()
    form.services.setCurrentRow(0)  # staff choose a service that exists
    assert "service_id" not in form.validate(show_all=True)


def _interactive(root: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QListWidget, QTextBrowser)
    return [w for w in root.findChildren(QWidget) if isinstance(w, kinds)
            and w.parent() is not None and type(w).__name__ != "QScrollBar"]


def _buddied(root: QWidget) -> set[int]:
    return {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}


def test_every_control_has_a_name(qtbot: Any, page: Any) -> None:
    from desk.ui.referrals.status_dialog import StatusDialog

    form = page.new_referral()
    dialog = StatusDialog("sent", page)
    qtbot.addWidget(dialog)
    for root in (page, form, dialog):
        buddied = _buddied(root)
        nameless = [
            f"{type(w).__name__}:{w.objectName()}" for w in _interactive(root)
            if not w.accessibleName()
            and not (isinstance(w, QAbstractButton) and w.text())
            and not isinstance(w, QCheckBox) and id(w) not in buddied
        ]
        assert nameless == [], f"{type(root).__name__}: {nameless}"


def test_french_ui_shows_the_french_consent_text_from_the_start(qtbot: Any, qapp: Any,
                                                                 page: Any) -> None:
    """In the French UI a new referral starts with the citizen's language French, so the
    consent text read out is French before anyone touches the language (it was Dutch)."""
    from desk.ui import i18n

    i18n.remove_translations(qapp)
    i18n.install_translations(qapp, "fr")
    try:
        form = page.new_referral()
        assert form.language.currentData() == "fr"
        assert form.language.currentText() == "Français"
        assert "Pouvons-nous" in form.consent_view.toPlainText()
        assert "Mogen wij" not in form.consent_view.toPlainText()
        form.reject()
    finally:
        i18n.remove_translations(qapp)
    form = page.new_referral()
    assert form.language.currentData() == "nl"  # the Dutch UI starts in Dutch
    form.reject()


def test_alt_letters_are_unique_with_consent_possible(qtbot: Any, page: Any) -> None:
    # Walked at the counter: with a keyring (consent possible), Alt+G was both
    # "Gemeente" and "... en geeft toestemming"; Qt then only moved the focus.
    from tests.a11y.mnemonics import clashes

    page.window().show()
    qtbot.waitExposed(page)
    form = _open_form(qtbot, page)
    assert form.consent_box.isEnabled()
    form.consent_box.setChecked(True)  # every contact field enabled too
    assert clashes(form) == []
    form.reject()
