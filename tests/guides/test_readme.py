"""The examples in guides/README.md are valid guides: the documentation cannot drift."""

from __future__ import annotations

import re
from pathlib import Path

from desk.domain.guides.validate import check_paths
from desk.paths import shipped_guides_dir
from tests.guides.support import LIBRARY, TODAY


def _blocks(text: str) -> list[str]:
    return [b for b in re.findall(r"```\n(.*?)```", text, flags=re.DOTALL) if b.startswith("+++")]


def test_readme_examples_pass_the_validator(tmp_path: Path) -> None:
    readme = (shipped_guides_dir() / "README.md").read_text(encoding="utf-8")
    guide, translation = _blocks(readme)
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "itsme-start.png").write_bytes(
        (LIBRARY / "images" / "pin-scherm.png").read_bytes()
    )
    (tmp_path / "itsme-activeren.md").write_text(guide, encoding="utf-8")
    # The example links to the PIN guide; give it a stand-in.
    stand_in = (LIBRARY / "pincode-vergeten.md").read_text(encoding="utf-8")
    (tmp_path / "eid-pin-puk.md").write_text(
        stand_in.replace('id = "pincode-vergeten"', 'id = "eid-pin-puk"'), encoding="utf-8"
    )
    (tmp_path / "images" / "pin-scherm.png").write_bytes(
        (LIBRARY / "images" / "pin-scherm.png").read_bytes()
    )
    (tmp_path / "i18n" / "fr").mkdir(parents=True)
    (tmp_path / "i18n" / "fr" / "itsme-activeren.md").write_text(translation, encoding="utf-8")
    report = check_paths([tmp_path], today=TODAY)
    assert report.problems == [], [p.format() for p in report.problems]
    assert len(report.translations) == 1
    # The example translates the alt text of the first step's image.
    [translated] = report.translations
    download = translated.step("download")
    assert download is not None and download.image_alt is not None
    assert download.image_alt.startswith("L'app itsme")
