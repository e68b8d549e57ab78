"""The validator names the file and the line of every kind of problem."""

from __future__ import annotations

import argparse
import os
import shutil
from pathlib import Path

import pytest

from desk.commands import guides as guides_command
from desk.domain.guides.model import Guide
from desk.domain.guides.parser import parse_guide
from desk.domain.guides.validate import check_paths
from tests.guides.support import BAD, LIBRARY, TODAY

# (fixture in fixtures/bad, expected line, severity, part of the message)
CASES = [
    ("invalid-utf8", 34, "error", "geen geldige UTF-8"),
    ("empty", 1, "error", "leeg bestand"),
    ("blank", 1, "error", "leeg bestand"),
    ("toml-syntax", 3, "error", "ongeldige TOML"),
    ("duplicate-key", 4, "error", "sleutel 'title' staat twee keer"),
    ("unknown-key", 8, "error", "onbekende sleutel 'duur'"),
    ("missing-key", 1, "error", "verplichte sleutel 'summary' ontbreekt"),
    ("wrong-type", 8, "error", "'minutes' moet een geheel getal zijn"),
    ("minutes-range", 8, "error", "tussen 1 en 240"),
    ("bad-category", 5, "error", "onbekende categorie 'vrije-tijd'"),
    ("bad-bring", 9, "error", "'paspoort' is geen geldige waarde voor 'bring'"),
    ("id-mismatch", 2, "error", "moet gelijk zijn aan de bestandsnaam"),
    ("reviewed-string", 12, "error", "'reviewed' moet een TOML-datum zijn"),
    ("source-not-https", 11, "error", "geen volledige https-link"),
    ("no-front-matter", 1, "error", "moet beginnen met een regel '+++'"),
    ("unclosed-front-matter", 1, "error", "niet afgesloten"),
    ("bad-start", 16, "error", "start 'derde' is geen stap"),
    ("text-before-step", 17, "error", "tekst vóór de eerste stap"),
    ("heading-level-one", 30, "error", "kop van niveau 1"),
    ("no-steps", 17, "error", "geen stappen"),
    ("step-without-id", 30, "error", "heeft geen id"),
    ("missing-actor", 30, "error", "mist 'Wie:"),
    ("bad-actor", 31, "error", "'Wie: iedereen' is ongeldig"),
    ("missing-staff-section", 30, "error", "mist de sectie '### Medewerker'"),
    ("empty-citizen-section", 36, "error", "'### Burger' is leeg"),
    ("unknown-section", 33, "error", "onbekende sectie '### Notities'"),
    ("section-order", 36, "error", "verkeerde plaats"),
    ("unknown-step-target", 27, "error", "doel 'nergens' is geen stap"),
    (
        "unknown-guide-link",
        27,
        "error",
        "'gids:bestaat-niet' verwijst naar een gids die niet bestaat",
    ),
    ("bad-target", 27, "error", "doel 'Tweede Stap!' is ongeldig"),
    ("bad-reason", 28, "error", "onbekende reden 'vergeten'"),
    ("answer-without-arrow", 27, "error", "verwacht een antwoord"),
    ("one-answer", 26, "error", "minstens twee antwoorden"),
    ("question-and-next", 29, "error", "een stap met een vraag kan geen 'Volgende:'"),
    ("unreachable-step", 30, "error", "stap 'tweede' is onbereikbaar"),
    ("duplicate-step-id", 30, "error", "stap-id 'eerste' staat al op regel 17"),
    ("endless-loop", 17, "error", "leidt nooit naar een einde"),
    ("missing-image", 40, "error", "afbeelding 'images/bestaat-niet.png' bestaat niet"),
    ("missing-alt", 40, "error", "afbeelding zonder alternatieve tekst"),
    ("unclosed-comment", 34, "error", "wordt nergens gesloten"),
    ("old-review", 12, "warning", "meer dan 12 maanden geleden"),
    ("staff-logs-in", 31, "warning", "een medewerker meldt nooit aan"),
]


def _find(report_problems, path: Path, line: int, severity: str, fragment: str) -> bool:
    return any(
        p.path == path and p.line == line and p.severity == severity and fragment in p.message
        for p in report_problems
    )


@pytest.mark.parametrize(("name", "line", "severity", "fragment"), CASES, ids=[c[0] for c in CASES])
def test_every_problem_kind_names_file_and_line(
    name: str, line: int, severity: str, fragment: str
) -> None:
    path = BAD / f"{name}.md"
    report = check_paths([path], today=TODAY)
    shown = [p.format() for p in report.problems]
    assert _find(report.problems, path, line, severity, fragment), shown
    word = "fout" if severity == "error" else "waarschuwing"
    assert f"{path}:{line}: {word}: " in "\n".join(shown)
    if severity == "error":
        assert report.has_errors
        assert report.guides == []
        assert path in report.skipped
    else:
        assert not report.has_errors
        assert [g.id for g in report.guides] == [name]


def test_every_bad_fixture_is_covered() -> None:
    listed = {c[0] for c in CASES} | {"translated", "other-steps", "answer-count"}
    on_disk = {p.stem for p in BAD.glob("*.md")}
    assert on_disk == listed


def test_ids_must_be_unique_across_files() -> None:
    first, second = BAD / "dup-a", BAD / "dup-b"
    report = check_paths([first, second], today=TODAY)
    assert _find(report.problems, second / "same-id.md", 2, "error", "wordt al gebruikt in")
    assert [g.path for g in report.guides] == [first / "same-id.md"]


def test_the_same_file_twice_is_checked_once() -> None:
    path = BAD / "dup-a" / "same-id.md"
    report = check_paths([path, path], today=TODAY)
    assert not report.problems
    assert len(report.guides) == 1


def test_translation_with_other_steps_is_an_error_of_the_translation() -> None:
    translation = BAD / "i18n" / "fr" / "other-steps.md"
    report = check_paths([BAD / "other-steps.md", translation], today=TODAY)
    assert _find(report.problems, translation, 16, "error", "de stappen verschillen")
    assert _find(report.problems, translation, 16, "error", "niet in het origineel: deux")
    # The guide itself is fine; only its translation is skipped (the app falls back to Dutch).
    assert [g.id for g in report.guides] == ["other-steps"]
    assert report.translations == []
    assert list(report.skipped) == [translation]


def test_translation_with_other_answer_count_is_an_error() -> None:
    translation = BAD / "i18n" / "fr" / "answer-count.md"
    report = check_paths([BAD / "answer-count.md", translation], today=TODAY)
    assert _find(report.problems, translation, 12, "error", "heeft 3 antwoorden, het origineel 2")


def test_translation_without_original_is_an_error() -> None:
    translation = BAD / "i18n" / "fr" / "orphan.md"
    report = check_paths([translation], today=TODAY)
    assert _find(report.problems, translation, 2, "error", "er is geen gids 'orphan'")


def test_matching_translation_passes() -> None:
    report = check_paths(
        [BAD / "translated.md", BAD / "i18n" / "fr" / "translated.md"], today=TODAY
    )
    assert not report.problems
    assert [t.language for t in report.translations] == ["fr"]


def test_missing_path_is_reported() -> None:
    missing = BAD / "does-not-exist"
    report = check_paths([missing], today=TODAY)
    assert report.has_errors
    assert report.problems[0].path == missing
    assert "bestaat niet" in report.problems[0].message


def test_valid_library_passes_with_translations_and_images() -> None:
    report = check_paths([LIBRARY], today=TODAY)
    assert report.problems == []
    assert sorted(g.id for g in report.guides) == [
        "afspraak-maken",
        "itsme-activeren",
        "pincode-vergeten",
    ]
    assert [(t.id, t.language) for t in report.translations] == [("itsme-activeren", "fr")]


def test_one_bad_file_does_not_hide_the_others(tmp_path: Path) -> None:
    folder = tmp_path / "guides"
    shutil.copytree(LIBRARY, folder)
    shutil.copy(BAD / "empty.md", folder / "empty.md")
    shutil.copy(BAD / "unknown-step-target.md", folder / "unknown-step-target.md")
    report = check_paths([folder], today=TODAY)
    assert len(report.guides) == 3
    assert set(report.skipped) == {folder / "empty.md", folder / "unknown-step-target.md"}


def test_comments_are_ignored_and_lists_kept() -> None:
    guide = parse_guide(LIBRARY / "pincode-vergeten.md")
    assert isinstance(guide, Guide)
    first = guide.steps[0]
    assert "Commentaar" not in first.staff_text
    assert first.staff_text == (
        "Vraag wat er gebeurd is. Vraag nooit naar de code zelf.\n\n"
        "- Is de kaart nog geldig?\n- Is de PUK-brief er nog?"
    )
    assert first.image is not None and first.image.alt.startswith("De eID")
    # The arrow '→' is accepted, and line numbers survive the multi-line comment.
    assert first.question is not None
    assert [a.value for a in first.question.answers] == ["loket", "aanvragen", "not_possible"]
    assert [a.line for a in first.question.answers] == [39, 40, 41]
    assert first.question.answers[2].target.reason == "no_eid"
    assert guide.steps[1].flow is not None and guide.steps[1].flow.value == "loket"
    assert guide.lines["version"] == 14


def _run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    parser = argparse.ArgumentParser()
    guides_command.add_arguments(parser)
    code = guides_command.run(parser.parse_args(list(argv)))
    return code, capsys.readouterr().out


def test_cli_check_prints_path_line_and_exits_1_on_errors(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = BAD / "unknown-step-target.md"
    code, out = _run_cli(capsys, "check", str(path), "--today", TODAY.isoformat())
    assert code == 1
    shown = os.path.relpath(path)  # absolute paths are shown relative to the working folder
    assert f"{shown}:27: fout: doel 'nergens' is geen stap van deze gids" in out.splitlines()
    assert "1 bestand(en) nagekeken" in out.splitlines()[-1]


def test_cli_check_exits_0_with_only_warnings(capsys: pytest.CaptureFixture[str]) -> None:
    path = BAD / "old-review.md"
    code, out = _run_cli(capsys, "check", str(path), "--today", TODAY.isoformat())
    assert code == 0
    assert f"{os.path.relpath(path)}:12: waarschuwing: " in out


def test_cli_list(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run_cli(capsys, "list", str(LIBRARY))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["afspraak-maken", "v1"]
    assert any(line.startswith("pincode-vergeten") and "v2" in line for line in lines)
