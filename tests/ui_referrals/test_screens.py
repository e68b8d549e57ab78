"""Screenshots of the referral screens, saved as test artefacts for a person to look at."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from tests.referrals_store.helpers import CANARY


def _grab(widget: QWidget, path: Path) -> None:
    assert widget.grab().save(str(path)), f"could not save {path}"


def test_screens(qtbot: Any, page: Any, artifacts_dir: Path) -> None:
    form = page.new_referral()
    qtbot.waitExposed(form)
    form.need_boxes["smartphone"].setChecked(True)
    form.need_boxes["email"].setChecked(True)
    form.municipality.setCurrentIndex(form.municipality.findData("menen"))
    form.language.setCurrentIndex(form.language.findData("ar"))
    _grab(form, artifacts_dir / "referral-form-anonymous.png")
    form.language.setCurrentIndex(form.language.findData("fr"))
    form.consent_box.setChecked(True)
    form.name.setText(CANARY)
    form.phone.setText("12ab")
    form.touched.add("citizen.phone")
    form.validate(show_all=True)
    form.resize(860, 1500)
    _grab(form, artifacts_dir / "referral-form-consent-errors.png")
    form.phone.setText("0470 12 34 56")
    form.channel.setCurrentIndex(form.channel.findData("phone"))
    with qtbot.waitSignal(form.submitted, timeout=5000):
        assert form.try_submit()
    page.resize(1300, 700)
    _grab(page, artifacts_dir / "referral-page.png")


def test_screen_without_keyring(qtbot: Any, page_without_keyring: Any, artifacts_dir: Path) -> None:
    page = page_without_keyring
    page.resize(1300, 400)
    _grab(page, artifacts_dir / "referral-page-no-keyring.png")
    form = page.new_referral()
    qtbot.waitExposed(form)
    form.resize(860, 1000)
    _grab(form, artifacts_dir / "referral-form-no-keyring.png")
    assert not form.name.isEnabled()
