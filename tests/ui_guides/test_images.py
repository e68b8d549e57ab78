"""Step images reach staff, citizen and paper, with their alt text."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from desk.ui.guides.handout import Handout, render_handout_pdf

ALT_START = "Een laptop is met een USB-kabel verbonden"


def test_step_image_in_runner_citizen_view_and_handout(  # type: ignore[no-untyped-def]
    qtbot, make_page, tmp_path: Path
) -> None:
    page = make_page(None)  # the shipped guides
    guide = page.library.get("kaartlezer-installeren")
    assert guide is not None
    page.open_guide(guide)
    runner = page.runner
    runner.start()
    panel = runner.step_panel
    while runner.run.current_step.image is None:
        runner.next()
    image = panel.image
    assert image.isVisible() and not image.pixmap().isNull()
    assert image.accessibleName().startswith(ALT_START)
    assert image.pixmap().width() <= 40 * panel.fontMetrics().averageCharWidth()
    view = runner.ensure_citizen_view()
    runner._publish()
    assert not view.image_label.isHidden() and not view.image_label.pixmap().isNull()
    assert view.image_label.accessibleName().startswith(ALT_START)
    runner.next()  # a step without an image: the picture goes away
    assert panel.image.isHidden() and view.image_label.isHidden()

    pdf = render_handout_pdf(Handout(guide, None, "nl"), tmp_path / "handout.pdf")
    assert any(p.images for p in PdfReader(str(pdf)).pages)


def test_missing_image_file_shows_the_alt_text(qtbot, make_page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from desk import paths

    folder = tmp_path / "guides"
    shutil.copytree(paths.shipped_guides_dir(), folder)  # guides link to each other
    page = make_page([folder])
    guide = page.library.get("kaartlezer-installeren")
    assert guide is not None
    (folder / "images" / "kaartlezer-aansluiten.svg").unlink()  # gone after loading
    page.open_guide(guide)
    page.runner.start()
    while page.runner.run.current_step.image is None:
        page.runner.next()
    assert page.runner.step_panel.image.text().startswith("[Afbeelding: " + ALT_START)
