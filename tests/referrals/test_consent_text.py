from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desk.domain.referrals import ConsentTextError, load_consent_text, parse_consent_text

from .helpers import RESOURCES

SHIPPED = RESOURCES / "consent"
GOOD = '+++\nversion = "v9"\nlanguage = "fr"\n+++\n\nTexte.\n'


@pytest.fixture
def consent_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "consent"
    shutil.copytree(SHIPPED, folder)
    return folder


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_shipped_texts_load_with_the_same_version(language: str) -> None:
    text = load_consent_text(SHIPPED, language)
    assert text.language == language and not text.is_fallback
    assert text.version == load_consent_text(SHIPPED, "nl").version
    assert text.title and len(text.body) > 500


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("nl", ["intrekken", "12 maanden", "partner", "VOORBEELD", "example.org"]),
        ("fr", ["retirer", "12 mois", "partenaire", "EXEMPLE", "example.org"]),
        ("en", ["withdraw", "12 months", "partner", "EXAMPLE", "example.org"]),
    ],
)
def test_shipped_texts_cover_the_gdpr_points(language: str, words: list[str]) -> None:
    body = load_consent_text(SHIPPED, language).body
    for word in words:
        assert word in body, word


@pytest.mark.parametrize(
    ("content", "line", "fragment"),
    [
        ("Tekst zonder kop.\n", 1, 'begint niet met "+++"'),
        ('+++\nversion = "v1"\nlanguage = "fr"\n\nTekst\n', 5, "niet afgesloten"),
        ('+++\nlanguage = "fr"\n+++\nTexte\n', 1, "version ontbreekt"),
        ('+++\nversion = ""\nlanguage = "fr"\n+++\nTexte\n', 2, "version ontbreekt of is leeg"),
        (
            '+++\nversion = "v1"\nlanguage = "nl"\n+++\nTexte\n',
            3,
            'language is "nl", verwacht "fr"',
        ),
        ('+++\nversion = "v1"\n+++\nTexte\n', 1, "language ontbreekt"),
        ('+++\nversion = "v1"\nlanguage = "fr"\n+++\n\n  \n', 5, "is leeg"),
        (
            '+++\nversion = "v1"\nlanguage = "fr"\ntitle = oeps\n+++\nTexte\n',
            4,
            "geen geldige TOML",
        ),
    ],
)
def test_broken_texts_name_file_and_line(content: str, line: int, fragment: str) -> None:
    with pytest.raises(ConsentTextError) as err:
        parse_consent_text(content, file="consent-fr.md", expected_language="fr")
    assert err.value.line == line
    assert str(err.value).startswith(f"consent-fr.md:{line}: ")
    assert fragment in str(err.value)


def test_a_good_text_parses() -> None:
    text = parse_consent_text(GOOD, file="consent-fr.md", expected_language="fr")
    assert (text.version, text.language, text.body) == ("v9", "fr", "Texte.\n")


def test_a_broken_translation_falls_back_to_dutch(consent_dir: Path) -> None:
    (consent_dir / "consent-fr.md").write_text(
        '+++\nlanguage = "fr"\n+++\nTexte\n', encoding="utf-8"
    )
    text = load_consent_text(consent_dir, "fr")
    assert text.language == "nl" and text.requested_language == "fr"
    assert text.is_fallback
    assert "consent-fr.md:1: version ontbreekt" in text.fallback_reason
    assert "Nederlandse tekst" in text.fallback_reason


def test_a_missing_translation_falls_back_to_dutch(consent_dir: Path) -> None:
    text = load_consent_text(consent_dir, "ar")
    assert text.language == "nl" and "consent-ar.md: bestand niet gevonden" in text.fallback_reason


def test_a_broken_dutch_text_is_an_error(consent_dir: Path) -> None:
    (consent_dir / "consent-nl.md").write_text("", encoding="utf-8")
    with pytest.raises(ConsentTextError, match=r"consent-nl\.md:1"):
        load_consent_text(consent_dir, "nl")
    # A missing translation cannot fall back either.
    with pytest.raises(ConsentTextError, match=r"consent-nl\.md"):
        load_consent_text(consent_dir, "de")


def test_not_utf8_is_reported(consent_dir: Path) -> None:
    (consent_dir / "consent-en.md").write_bytes(b'+++\nversion = "\xff"\n')
    text = load_consent_text(consent_dir, "en")
    assert "UTF-8" in text.fallback_reason
