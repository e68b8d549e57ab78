"""A translation's alt text of a step image reaches the citizen view and the handout."""

from __future__ import annotations

import html
import shutil
from datetime import date
from pathlib import Path

from desk import paths
from desk.ui.guides.handout import Handout, handout_html

from .conftest import ALPHA, ALPHA_FR, BETA

ALT_NL = "Een eID zit in de kaartlezer naast de laptop"
ALT_FR = "Une eID est dans le lecteur de cartes, à côté du portable"


def _folder(tmp_path: Path) -> Path:
    """The test guides, with an image on step 'pin-typen' and its alt text in French."""
    folder = tmp_path / "guides"
    (folder / "i18n" / "fr").mkdir(parents=True)
    (folder / "images").mkdir()
    shutil.copy(
        paths.shipped_guides_dir() / "images" / "kaartlezer-aansluiten.svg",
        folder / "images" / "lezer.svg",
    )
    dutch_text = "Typ nu zelf uw PIN-code. Niemand kijkt mee.\n"
    french_text = "Tapez vous-même votre code PIN. Personne ne regarde.\n"
    assert dutch_text in ALPHA and french_text in ALPHA_FR
    guide = ALPHA.replace(
        dutch_text, f"{dutch_text}\n### Afbeelding\n![{ALT_NL}](images/lezer.svg)\n"
    )
    translation = ALPHA_FR.replace(
        french_text, f"{french_text}\n### Afbeelding\n![{ALT_FR}](images/lezer.svg)\n"
    )
    (folder / "alfa-aanmelden.md").write_text(guide, encoding="utf-8")
    (folder / "beta-itsme.md").write_text(BETA, encoding="utf-8")
    (folder / "i18n" / "fr" / "alfa-aanmelden.md").write_text(translation, encoding="utf-8")
    return folder


def test_french_alt_text_in_citizen_view_and_handout(  # type: ignore[no-untyped-def]
    qtbot, make_page, tmp_path: Path
) -> None:
    folder = _folder(tmp_path)
    page = make_page([folder])
    library = page.library
    assert not library.skipped, library.skipped
    guide = library.get("alfa-aanmelden")
    translation = library.translation("alfa-aanmelden", "fr")
    assert guide is not None and translation is not None

    runner = page.runner
    page.open_guide(guide)
    runner.set_language("fr")
    view = runner.ensure_citizen_view()
    qtbot.addWidget(view)
    runner.start()
    runner.answer(0)  # -> 'pin-typen', the step with the image
    assert runner.citizen_state.image_alt == ALT_FR
    image = view.image_label
    assert not image.isHidden() and not image.pixmap().isNull()
    assert image.accessibleName() == ALT_FR
    assert image.toolTip() == ALT_FR
    # Staff keep seeing the Dutch alt text.
    assert runner.step_panel.image.accessibleName() == ALT_NL

    # The file is gone: the citizen reads the French alt text instead of the picture.
    (folder / "images" / "lezer.svg").unlink()
    runner.back()
    runner.answer(0)
    assert image.text() == ALT_FR and image.accessibleName() == ALT_FR

    # In Dutch, the Dutch alt text.
    runner.set_language("nl")
    assert view.image_label.accessibleName() == ALT_NL

    (folder / "images" / "lezer.svg").write_bytes(
        (paths.shipped_guides_dir() / "images" / "kaartlezer-aansluiten.svg").read_bytes()
    )
    french = handout_html(Handout(guide, translation, "fr", None, date(2026, 11, 28)))
    assert f'alt="{html.escape(ALT_FR)}"' in french
    assert ALT_NL not in french
    dutch = handout_html(Handout(guide, None, "nl", None, date(2026, 11, 28)))
    assert f'alt="{html.escape(ALT_NL)}"' in dutch
