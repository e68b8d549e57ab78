"""The validator names the file and the line of every kind of problem."""

from __future__ import annotations

import argparse
import os
import shutil
from pathlib import Path

import pytest

from desk.commands import guides as guides_command
from desk.domain.guides.model import Guide, Translation, citizen_text
from desk.domain.guides.parser import parse_guide, parse_translation
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
    ("review-months-range", 16, "error", "'review_months' = 0 moet tussen 1 en 24 liggen"),
    # The citizen types in their own account:
    ("staff-types", 21, "error", "stap 'eerste' (Wie: samen): de medewerker handelt zelf ('typ')"),
    ("staff-clicks-together", 22, "error", "de medewerker handelt zelf ('klikt u')"),
    ("exception-empty", 22, "error", "uitzondering zonder reden"),
    ("exception-not-own-line", 21, "error", "zet de uitzondering alleen op een eigen regel"),
    ("exception-in-citizen-text", 25, "error", "een uitzondering hoort in de tekst onder"),
    ("exception-twice", 23, "error", "deze stap heeft al een uitzondering op regel 22"),
    # Warnings only:
    ("old-review", 12, "warning", "nazicht verlopen: laatst nagekeken op 01-10-2025"),
    ("no-sources", 11, "warning", "de gids heeft geen bronnen"),
    ("sources-missing", 1, "warning", "de gids heeft geen bronnen"),
    ("staff-logs-in", 31, "warning", "een medewerker meldt nooit aan"),
    ("self-step-missing", 36, "warning", 'zeg het in de burgertekst: "Deze stap doet u zelf."'),
    ("exception-unneeded", 22, "warning", "de uitzondering is niet nodig"),
    ("exception-on-citizen-step", 35, "warning", "een uitzondering hoort alleen bij"),
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
    listed |= {"self-not-translated"}
    listed |= {"translated-image"} | {c[0] for c in TRANSLATED_IMAGE_CASES}
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


def test_translation_must_say_the_self_sentence_where_the_original_does() -> None:
    translation = BAD / "i18n" / "fr" / "self-not-translated.md"
    report = check_paths([BAD / "self-not-translated.md", translation], today=TODAY)
    assert [p.format() for p in report.problems] == [
        f"{translation}:17: waarschuwing: stap 'tweede': het origineel zegt "
        '"Deze stap doet u zelf."; zeg het ook in de vertaling: '
        '"Vous faites cette étape vous-même."'
    ]
    assert report.problems[0].rule == "self-step"
    # Only a warning: the French citizen still gets the French texts.
    assert [t.language for t in report.translations] == ["fr"]


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


# Translations whose '### Afbeelding' does not fit the original (image line 21 in each):
# (fixture in fixtures/bad and fixtures/bad/i18n/fr, part of the message)
TRANSLATED_IMAGE_CASES = [
    ("image-not-in-original", "stap 'tweede' heeft geen afbeelding in het origineel"),
    ("image-other-path", "afbeelding 'images/ecran-fr.png' is niet die van het origineel"),
    ("image-empty-alt", "afbeelding zonder vertaalde alternatieve tekst"),
]


@pytest.mark.parametrize(
    ("name", "fragment"), TRANSLATED_IMAGE_CASES, ids=[c[0] for c in TRANSLATED_IMAGE_CASES]
)
def test_translated_image_that_does_not_fit_is_an_error_of_the_translation(
    name: str, fragment: str
) -> None:
    translation = BAD / "i18n" / "fr" / f"{name}.md"
    report = check_paths([BAD / f"{name}.md", translation], today=TODAY)
    shown = [p.format() for p in report.problems]
    assert _find(report.problems, translation, 21, "error", fragment), shown
    assert f"{translation}:21: fout: " in "\n".join(shown)
    # The guide itself is fine; only its translation is skipped (the app shows Dutch).
    assert [g.id for g in report.guides] == [name]
    assert report.translations == []
    assert list(report.skipped) == [translation]


def test_translation_carries_the_alt_text_of_the_original_image() -> None:
    report = check_paths(
        [BAD / "translated-image.md", BAD / "i18n" / "fr" / "translated-image.md"], today=TODAY
    )
    assert not report.problems, [p.format() for p in report.problems]
    [guide], [translation] = report.guides, report.translations
    step = guide.step("tweede")
    assert step is not None
    translated = translation.step("tweede")
    assert translated is not None
    assert (translated.image_alt, translated.image_path, translated.image_line) == (
        "L'écran d'accueil",
        "images/scherm.png",
        21,
    )
    untranslated = translation.step("eerste")
    assert untranslated is not None and untranslated.image_alt is None
    # The citizen's texts: the translated alt text, Dutch without the translation, and ""
    # for a step without an image.
    assert citizen_text(step, translation).image_alt == "L'écran d'accueil"
    assert citizen_text(step).image_alt == "Het startscherm"
    first = guide.step("eerste")
    assert first is not None
    assert citizen_text(first, translation).image_alt == ""
    assert citizen_text(first).image_alt == ""


def test_translated_step_without_image_keeps_the_dutch_alt_text() -> None:
    guide = parse_guide(BAD / "translated-image.md")
    translation = parse_translation(BAD / "i18n" / "fr" / "translated.md")
    assert isinstance(guide, Guide) and isinstance(translation, Translation)
    step = guide.step("tweede")
    assert step is not None
    shown = citizen_text(step, translation)
    assert shown.language == "fr" and shown.text == "Vous le faites vous-même."
    assert shown.image_alt == "Het startscherm"


def _translation(tmp_path: Path, step_one: str) -> Path:
    path = tmp_path / "i18n" / "fr" / "translated-image.md"
    path.parent.mkdir(parents=True)
    head = (BAD / "i18n" / "fr" / "translated-image.md").read_text(encoding="utf-8")
    front, rest = head.split("## Première étape", 1)
    step_two = rest[rest.index("## Deuxième étape") :]
    path.write_text(front + step_one + step_two, encoding="utf-8")
    return path


def test_translated_image_goes_between_burger_and_vraag(tmp_path: Path) -> None:
    # Lines: 8 step, 9 ### Burger, 10 text, 12 ### Afbeelding, 13 image, 15 ### Vraag.
    step_one = (
        "## Première étape {#eerste}\n### Burger\nEnsemble.\n\n"
        "### Afbeelding\n![Une image](images/scherm.png)\n\n"
        "### Vraag: Ça marche ?\n- Oui\n- Non\n\n"
    )
    parsed = parse_translation(_translation(tmp_path, step_one))
    assert isinstance(parsed, Translation)
    assert parsed.steps[0].image_alt == "Une image" and parsed.steps[0].image_line == 13
    assert parsed.steps[0].answers == ("Oui", "Non")

    late = tmp_path / "late"
    late.mkdir()
    step_one = (
        "## Première étape {#eerste}\n### Burger\nEnsemble.\n\n"
        "### Vraag: Ça marche ?\n- Oui\n- Non\n\n"
        "### Afbeelding\n![Une image](images/scherm.png)\n\n"
    )
    problems = parse_translation(_translation(late, step_one))
    assert isinstance(problems, list)
    assert [(p.line, "verkeerde plaats" in p.message) for p in problems] == [(16, True)]


def test_translated_image_section_without_image_is_an_error(tmp_path: Path) -> None:
    step_one = (
        "## Première étape {#eerste}\n### Burger\nEnsemble.\n\n### Afbeelding\n\n"
        "### Vraag: Ça marche ?\n- Oui\n- Non\n\n"
    )
    problems = parse_translation(_translation(tmp_path, step_one))
    assert isinstance(problems, list)
    assert [(p.line, p.message) for p in problems] == [
        (12, "sectie '### Afbeelding' zonder afbeelding")
    ]


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
