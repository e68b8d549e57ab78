"""The citizen's letter as PDF: sections, language, PDF/A, and an honest error on a bad path."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desk.errors import EnvironmentFault
from tests.referrals_store.helpers import CANARY, anonymous, personal


def _text(path: Path) -> str:
    reader = PdfReader(str(path))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in reader.pages))


def _letter_dialog(qtbot: Any, page: Any, referral: Any) -> Any:
    sent = page.repo.submit(referral, by="Elke")
    page.refresh()
    page.select(sent.id)
    dialog = page.letter_dialog()
    qtbot.waitExposed(dialog)
    return dialog


def test_dutch_letter_pdf_has_every_section(qtbot: Any, page: Any, tmp_path: Path,
                                            artifacts_dir: Path) -> None:
    dialog = _letter_dialog(qtbot, page, personal(language="nl", contact_channel="phone"))
    assert dialog.language.currentData() == "nl"
    out = dialog.save_pdf(tmp_path / "brief.pdf")
    text = _text(out)
    for heading in ("Waar?", "Wanneer?", "Wat brengt u mee?", "Wie heeft u doorverwezen?",
                    "Hoe neemt u contact op met"):
        assert heading in text, heading
    assert CANARY in text  # greeting by name (consent given)
    # Who referred: the staff name and the office in words, not its code (found walking).
    assert "Elke" in text and "Kortrijk stadhuis" in text and "kortrijk-stadhuis" not in text
    assert "Kortrijk" in text  # the location nearest to the citizen
    header = out.read_bytes()[:2048]
    assert b"%PDF-1.4" in header  # PDF/A-1b is based on PDF 1.4
    assert b"pdfaid" in out.read_bytes()  # the PDF/A identification in the XMP metadata
    dialog.preview.grab().save(str(artifacts_dir / "referral-letter-preview.png"))
    (artifacts_dir / "referral-letter.pdf").write_bytes(out.read_bytes())


def test_letter_in_the_citizens_language(qtbot: Any, page: Any, tmp_path: Path) -> None:
    dialog = _letter_dialog(qtbot, page, personal(language="fr"))
    assert dialog.language.currentData() == "fr"
    text = _text(dialog.save_pdf(tmp_path / "lettre.pdf"))
    assert "Où ?" in text and "Qu'emporter ?" in text and "Waar?" not in text


def test_anonymous_letter_greets_without_a_name(qtbot: Any, page: Any, tmp_path: Path) -> None:
    dialog = _letter_dialog(qtbot, page, anonymous())
    text = _text(dialog.save_pdf(tmp_path / "anoniem.pdf"))
    assert "Waar?" in text and CANARY not in text


def test_language_without_template_warns(qtbot: Any, page: Any) -> None:
    dialog = _letter_dialog(qtbot, page, personal(language="ar"))
    assert dialog.language.currentData() == "nl"
    assert dialog.warning.isVisibleTo(dialog) and "geen brief" in dialog.warning.text()


def test_unwritable_path_is_an_environment_fault(qtbot: Any, page: Any, tmp_path: Path) -> None:
    dialog = _letter_dialog(qtbot, page, anonymous())
    with pytest.raises(EnvironmentFault) as info:
        dialog.save_pdf(tmp_path / "bestaat-niet" / "brief.pdf")
    assert "Kies een andere map" in info.value.message


def test_a_training_profiles_letter_says_it_is_never_sent(qtbot: Any, page: Any) -> None:
    """Practice data never leaves the desk: its letter must not go to a citizen."""
    import dataclasses

    dialog = _letter_dialog(qtbot, page, dataclasses.replace(anonymous(), training=True))
    assert dialog.not_sent.isVisibleTo(dialog)
    assert "oefenprofiel" in dialog.not_sent.text() and "nooit verstuurd" in dialog.not_sent.text()
    real = _letter_dialog(qtbot, page, anonymous(municipality="menen"))
    assert "oefenprofiel" not in real.not_sent.text()
