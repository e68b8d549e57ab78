"""Loading the library: skipped files, overrides by version, and the cache."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from desk.domain.guides import library as library_module
from desk.domain.guides.library import load_library
from tests.guides.support import BAD, LIBRARY, TODAY


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    folder = tmp_path / "shipped"
    shutil.copytree(LIBRARY, folder)
    return folder


def _bump(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_load_gives_guides_translations_and_index(shipped: Path) -> None:
    library = load_library([shipped], None, today=TODAY)
    assert list(library.guides) == ["afspraak-maken", "itsme-activeren", "pincode-vergeten"]
    assert library.translation("itsme-activeren", "fr") is not None
    assert library.translation("itsme-activeren", "en") is None
    assert library.languages("itsme-activeren") == ["fr"]
    assert library.skipped == {}
    assert [hit.guide.id for hit in library.search("paswoord")] == ["pincode-vergeten"]


def test_bad_files_are_skipped_with_their_problems(shipped: Path) -> None:
    shutil.copy(BAD / "missing-image.md", shipped / "missing-image.md")
    (shipped / "leeg.md").write_bytes(b"")
    library = load_library([shipped], None, today=TODAY)
    assert len(library.guides) == 3
    assert set(library.skipped) == {shipped / "missing-image.md", shipped / "leeg.md"}
    assert library.skipped[shipped / "missing-image.md"][0].line == 40


def test_missing_folders_are_ignored(tmp_path: Path) -> None:
    library = load_library([tmp_path / "nothing"], None, today=TODAY)
    assert library.guides == {} and library.search("pin") == []


def test_later_folder_overrides_only_with_a_higher_version(shipped: Path, tmp_path: Path) -> None:
    synced = tmp_path / "synced"
    synced.mkdir()
    newer = synced / "afspraak-maken.md"
    shutil.copy(shipped / "afspraak-maken.md", newer)
    _bump(newer, "version = 1", "version = 2")
    _bump(newer, 'title = "Afspraak maken in het gemeentehuis"', 'title = "Afspraak maken (nieuw)"')
    older = synced / "pincode-vergeten.md"  # version 1 < shipped version 2
    shutil.copy(shipped / "pincode-vergeten.md", older)
    _bump(older, "version = 2", "version = 1")
    library = load_library([shipped, synced], None, today=TODAY)
    afspraak = library.get("afspraak-maken")
    pincode = library.get("pincode-vergeten")
    assert afspraak is not None and afspraak.path == newer and afspraak.version == 2
    assert pincode is not None and pincode.path == shipped / "pincode-vergeten.md"
    assert library.search("nieuw")[0].guide.id == "afspraak-maken"


def test_synced_guide_may_link_to_a_shipped_guide(shipped: Path, tmp_path: Path) -> None:
    synced = tmp_path / "synced"
    synced.mkdir()
    newer = synced / "itsme-activeren.md"
    shutil.copy(shipped / "itsme-activeren.md", newer)
    _bump(newer, "version = 1", "version = 3")
    library = load_library([shipped, synced], None, today=TODAY)
    assert library.skipped == {}
    guide = library.get("itsme-activeren")
    assert guide is not None and guide.version == 3
    # The shipped French translation still matches the steps: kept (version warning only).
    assert library.translation("itsme-activeren", "fr") is not None


def test_translation_of_a_replaced_guide_with_other_steps_falls_back(
    shipped: Path, tmp_path: Path
) -> None:
    synced = tmp_path / "synced"
    synced.mkdir()
    newer = synced / "itsme-activeren.md"
    shutil.copy(shipped / "itsme-activeren.md", newer)
    _bump(newer, "version = 1", "version = 2")
    _bump(newer, "{#klaar}", "{#afgerond}")
    _bump(newer, "- Ja -> klaar", "- Ja -> afgerond")
    library = load_library([shipped, synced], None, today=TODAY)
    assert library.translation("itsme-activeren", "fr") is None
    translation_path = shipped / "i18n" / "fr" / "itsme-activeren.md"
    assert translation_path in library.skipped
    assert "de stappen verschillen" in library.skipped[translation_path][0].message


def test_cache_is_used_when_nothing_changed(shipped: Path, tmp_path: Path) -> None:
    cache = tmp_path / "profile" / "guides.cache"
    first = load_library([shipped], cache, today=TODAY)
    assert not first.from_cache and cache.is_file()
    second = load_library([shipped], cache, today=TODAY)
    assert second.from_cache
    assert list(second.guides) == list(first.guides)
    assert second.search("kaart")[0].guide.id == first.search("kaart")[0].guide.id


def test_cache_is_invalidated_when_a_file_changes(
    shipped: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "guides.cache"
    load_library([shipped], cache, today=TODAY)
    path = shipped / "afspraak-maken.md"
    _bump(path, "Afspraak maken in het gemeentehuis", "Afspraak maken bij de stad")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))

    parsed: list[str] = []
    real = library_module.parse_guide

    def counting(path: Path) -> object:
        parsed.append(path.name)
        return real(path)

    monkeypatch.setattr(library_module, "parse_guide", counting)
    library = load_library([shipped], cache, today=TODAY)
    assert not library.from_cache
    assert parsed == ["afspraak-maken.md"]  # the unchanged files came from the cache
    guide = library.get("afspraak-maken")
    assert guide is not None and guide.title == "Afspraak maken bij de stad"
    assert library.search("stad")[0].guide.id == "afspraak-maken"


def test_cache_is_invalidated_when_a_file_is_added_or_removed(
    shipped: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "guides.cache"
    load_library([shipped], cache, today=TODAY)
    (shipped / "afspraak-maken.md").unlink()
    assert "afspraak-maken" not in load_library([shipped], cache, today=TODAY).guides
    (shipped / "leeg.md").write_bytes(b"")
    library = load_library([shipped], cache, today=TODAY)
    assert shipped / "leeg.md" in library.skipped


def test_cache_is_invalidated_when_an_image_disappears(shipped: Path, tmp_path: Path) -> None:
    cache = tmp_path / "guides.cache"
    assert "pincode-vergeten" in load_library([shipped], cache, today=TODAY).guides
    (shipped / "images" / "pin-scherm.png").unlink()
    library = load_library([shipped], cache, today=TODAY)
    assert "pincode-vergeten" not in library.guides


def test_broken_cache_is_ignored_and_rewritten(shipped: Path, tmp_path: Path) -> None:
    cache = tmp_path / "guides.cache"
    cache.write_bytes(b"not a pickle")
    library = load_library([shipped], cache, today=TODAY)
    assert len(library.guides) == 3
    assert load_library([shipped], cache, today=TODAY).from_cache


def test_unwritable_cache_location_does_not_fail(shipped: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    library = load_library([shipped], blocker / "guides.cache", today=TODAY)
    assert len(library.guides) == 3


def test_citizen_text_uses_the_translation_and_never_staff_text(shipped: Path) -> None:
    from desk.domain.guides.model import citizen_text

    library = load_library([shipped], None, today=TODAY)
    guide = library.get("itsme-activeren")
    assert guide is not None
    step = guide.step("open-app")
    assert step is not None
    dutch = citizen_text(step)
    assert dutch.language == "nl" and dutch.text == "Open de itsme-app op uw smartphone. Deze stap doet u zelf."
    french = citizen_text(step, library.translation("itsme-activeren", "fr"))
    assert french.language == "fr"
    assert french.title == "Ouvrir l'app itsme"
    assert french.answers[1] == "Non, le PIN est bloqué"
    assert step.staff_text not in (french.text, dutch.text)
