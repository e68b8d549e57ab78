"""Load the consent text shown to the citizen, in their language.

Files are ``consent-<language>.md`` with TOML front matter between ``+++``
lines (``version``, ``language``, optional ``title``) and a Markdown body.
A broken or missing translation falls back to Dutch, and the result says
why, so the UI can tell staff. A broken Dutch text is an error: without it,
Desk cannot record valid consent.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from desk.errors import InputError
from desk.messages import msg

__all__ = [
    "FALLBACK_LANGUAGE",
    "ConsentText",
    "ConsentTextError",
    "available_languages",
    "consent_path",
    "load_consent_text",
    "parse_consent_text",
]

FALLBACK_LANGUAGE: Final = "nl"
_DELIMITER: Final = "+++"
_TOML_LINE: Final = re.compile(r"\(at line (\d+), column \d+\)")


class ConsentTextError(InputError):
    """A consent text that cannot be shown. ``str()`` reads ``file:line: message``."""

    def __init__(self, file: str, line: int | None, message: str) -> None:
        where = file if line is None else f"{file}:{line}"
        super().__init__(f"{where}: {message}")
        self.file = file
        self.line = line
        self.reason = message


@dataclass(frozen=True)
class ConsentText:
    """A checked consent text.

    ``language`` is the language actually shown; record it with ``version``.
    ``fallback_reason`` is set (a Dutch :func:`desk.messages.msg`) when another
    language was asked for.
    """

    language: str
    version: str
    title: str
    body: str
    path: Path | None = None
    requested_language: str = ""
    fallback_reason: str = ""

    @property
    def is_fallback(self) -> bool:
        return bool(self.fallback_reason)


def consent_path(folder: Path, language: str) -> Path:
    return folder / f"consent-{language}.md"


def available_languages(folder: Path) -> list[str]:
    """Languages with a consent file in *folder* (not checked), sorted."""
    return sorted(p.stem.removeprefix("consent-") for p in folder.glob("consent-*.md"))


def _key_line(front: list[str], key: str, offset: int) -> int:
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for i, line in enumerate(front):
        if pattern.match(line):
            return offset + i
    return offset - 1  # the opening +++ line


def parse_consent_text(text: str, *, file: str, expected_language: str) -> ConsentText:
    """Check and parse the content of one consent file.

    Raises:
        ConsentTextError: missing front matter, version or language, wrong
            language, or an empty body; with the file name and line.
    """
    lines = text.splitlines()
    if not lines or lines[0].strip() != _DELIMITER:
        raise ConsentTextError(
            file, 1, 'de tekst begint niet met "+++" (kop met version en language ontbreekt)'
        )
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == _DELIMITER)
    except StopIteration:
        raise ConsentTextError(file, len(lines), 'de kop wordt niet afgesloten met "+++"') from None
    front = lines[1:end]
    first = 2  # line number of front[0]
    try:
        meta = tomllib.loads("\n".join(front))
    except tomllib.TOMLDecodeError as exc:
        found = _TOML_LINE.search(str(exc))
        line = first + int(found.group(1)) - 1 if found else 1
        reason = _TOML_LINE.sub("", str(exc)).strip()
        raise ConsentTextError(file, line, f"kop is geen geldige TOML: {reason}") from None
    version = meta.get("version")
    if not isinstance(version, str) or not version.strip():
        raise ConsentTextError(
            file,
            _key_line(front, "version", first),
            'version ontbreekt of is leeg (schrijf bv. version = "2026-11-v1")',
        )
    language = meta.get("language")
    if not isinstance(language, str) or not language.strip():
        raise ConsentTextError(
            file, _key_line(front, "language", first), "language ontbreekt of is leeg"
        )
    if language != expected_language:
        raise ConsentTextError(
            file,
            _key_line(front, "language", first),
            f'language is "{language}", verwacht "{expected_language}"',
        )
    title = meta.get("title", "")
    if not isinstance(title, str):
        raise ConsentTextError(file, _key_line(front, "title", first), "title moet tekst zijn")
    body = "\n".join(lines[end + 1 :]).strip()
    if not body:
        raise ConsentTextError(file, end + 2, "de toestemmingstekst zelf is leeg")
    return ConsentText(
        language=language, version=version.strip(), title=title.strip(), body=body + "\n"
    )


def _load_one(folder: Path, language: str) -> ConsentText:
    path = consent_path(folder, language)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConsentTextError(path.name, None, "bestand niet gevonden") from None
    except UnicodeDecodeError:
        raise ConsentTextError(path.name, None, "het bestand is geen UTF-8-tekst") from None
    except OSError as exc:
        raise ConsentTextError(
            path.name, 0, f"kan het bestand niet lezen ({exc.strerror})"
        ) from None
    parsed = parse_consent_text(text, file=path.name, expected_language=language)
    return ConsentText(
        language=parsed.language,
        version=parsed.version,
        title=parsed.title,
        body=parsed.body,
        path=path,
        requested_language=language,
    )


def load_consent_text(folder: Path, language: str) -> ConsentText:
    """The consent text in *language*, or the Dutch one if that is missing or broken.

    Args:
        folder: usually ``desk.paths.resources_dir() / "consent"``.
        language: the citizen's language code.

    Raises:
        ConsentTextError: the Dutch text itself cannot be used.
    """
    try:
        return _load_one(folder, language)
    except ConsentTextError as exc:
        if language == FALLBACK_LANGUAGE:
            raise
        # The file problem itself is for whoever maintains the texts: it stays Dutch.
        reason = msg(
            "Geen bruikbare toestemmingstekst in deze taal ({0}); "
            "de Nederlandse tekst wordt getoond.",
            str(exc),
        )
    dutch = _load_one(folder, FALLBACK_LANGUAGE)
    return ConsentText(
        language=dutch.language,
        version=dutch.version,
        title=dutch.title,
        body=dutch.body,
        path=dutch.path,
        requested_language=language,
        fallback_reason=reason,
    )
