"""The statistics name guides and steps by their titles, never by their ids (#15)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from desk.domain.stats import label
from desk.ui import terms
from desk.ui.stats.table_model import label_text


def _guide() -> Any:
    step = SimpleNamespace(id="stap-pin", title="De PIN-code aanvragen")
    return SimpleNamespace(id="eid-pin-puk", title="PIN of PUK van de eID vergeten",
                           steps=(step,))


def test_topic_guide_and_step_rows_show_titles(qapp: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(terms, "GUIDE_TITLES", {})
    monkeypatch.setattr(terms, "STEP_TITLES", {})
    import desk.ui.stats.table_model as table_model

    monkeypatch.setattr(table_model, "STEP_TITLES", terms.STEP_TITLES)
    terms.remember_guides([_guide()])
    for dim, code in (("topic", "guide:eid-pin-puk"), ("guide", "eid-pin-puk")):
        assert label_text(label(dim, code)) == "Gids: PIN of PUK van de eID vergeten"
    step = label_text(label("guide_step", "eid-pin-puk / stap-pin"))
    assert step == "Gids: PIN of PUK van de eID vergeten / De PIN-code aanvragen"
    assert "eid-pin-puk" not in step and "stap-pin" not in step


def test_before_the_library_is_loaded_a_guide_reads_as_words(qapp: Any,
                                                              monkeypatch: Any) -> None:
    monkeypatch.setattr(terms, "GUIDE_TITLES", {})
    assert label_text(label("guide", "itsme-activeren")) == "Gids: Itsme activeren"
