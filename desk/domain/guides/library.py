"""The loaded guide library: valid guides, translations, skipped files and the search index.

:func:`load_library` is what the app calls (off the GUI thread) at start-up and
after a sync. It reads one or more guide folders, where a later folder (the
profile's synced guides) overrides an earlier one (the shipped guides) for the
same id only when its ``version`` is higher. One bad file is skipped with its
problems; it never hides the others.

To load 2,000 guides fast, the whole result is cached in one pickle file in the
profile, keyed by the size and modification time of every file involved and by
the date (the review warning depends on it). When only some files changed,
only those are parsed again. The cache is only ever written and read by this
module, in the user's own profile; any unreadable or foreign cache is ignored
and rebuilt.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from desk.domain.guides.model import Guide, Problem, Translation
from desk.domain.guides.parser import parse_guide, parse_translation
from desk.domain.guides.search import SearchHit, SearchIndex
from desk.domain.guides.validate import (
    CheckReport,
    Discovery,
    ParsedGuide,
    ParsedTranslation,
    check_parsed,
    check_translation,
    discover,
)

CACHE_FORMAT = 3  # 2: translated steps carry their image's alt text; 3: review interval,
# exception markers and line numbers for the own-account rule
FileKey = tuple[int, int]  # (mtime_ns, size)


@dataclass
class Library:
    """Everything the guide screens need.

    Attributes:
        guides: Valid guides by id, in title order.
        translations: Valid translations by ``(guide id, language)``.
        skipped: Files left out, with their errors (show these to staff).
        problems: Every error and warning found while loading.
        index: The search index over ``guides``.
    """

    guides: dict[str, Guide]
    translations: dict[tuple[str, str], Translation]
    skipped: dict[Path, list[Problem]]
    problems: list[Problem]
    index: SearchIndex
    from_cache: bool = field(default=False, compare=False)

    def get(self, guide_id: str) -> Guide | None:
        """The guide with this id, or None; usable as a :class:`GuideRun` lookup."""
        return self.guides.get(guide_id)

    def search(
        self, query: str, category: str | None = None, limit: int | None = None
    ) -> list[SearchHit]:
        """See :meth:`SearchIndex.search`."""
        return self.index.search(query, category=category, limit=limit)

    def translation(self, guide_id: str, language: str) -> Translation | None:
        """The citizen texts of a guide in ``language``, or None (show Dutch)."""
        return self.translations.get((guide_id, language))

    def languages(self, guide_id: str) -> list[str]:
        return sorted(lang for gid, lang in self.translations if gid == guide_id)


def _stat(path: Path) -> FileKey | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size)


def _images(discovery: Discovery) -> list[Path]:
    found: list[Path] = []
    for folder in discovery.image_dirs:
        with contextlib.suppress(OSError):
            found += sorted(p for p in folder.iterdir() if p.is_file())
    return found


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while creating many objects at once.

    Unpickling 2,000 guides creates ~100,000 objects; without this the
    collector runs hundreds of times for nothing and loading takes 2-3x longer.
    Afterwards the new objects are frozen (``gc.freeze``): the library holds no
    reference cycles, so the collector never needs to scan it, and otherwise
    its first pass over them (~0.1 s, holding the GIL) would land on the GUI
    thread at a random moment. Frozen objects are still freed by reference
    counting when a reloaded library replaces this one.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _read_cache(cache_file: Path | None) -> dict[str, Any]:
    if cache_file is None:
        return {}
    try:
        with cache_file.open("rb") as handle, _no_gc():
            data = pickle.load(handle)
    except Exception:  # a broken or foreign cache is never fatal, just rebuilt
        return {}
    if not isinstance(data, dict) or data.get("format") != CACHE_FORMAT:
        return {}
    return data


def _write_cache(cache_file: Path, data: dict[str, Any]) -> None:
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=".guides-", dir=cache_file.parent)
        with os.fdopen(handle, "wb") as out:
            pickle.dump(data, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temp, cache_file)
    except OSError:
        # The cache only makes the next start faster; a full disk or a
        # read-only profile must not stop the library from loading.
        with contextlib.suppress(OSError, UnboundLocalError):
            os.unlink(temp)


def load_library(
    dirs: Sequence[Path],
    cache_file: Path | None = None,
    *,
    today: date,
) -> Library:
    """Load guide folders into a :class:`Library`.

    Args:
        dirs: Guide folders, lowest priority first (shipped, then synced).
            Folders that do not exist are ignored.
        cache_file: Where to keep the cache (in the profile), or None for no cache.
        today: Reference date for review warnings (the office's local day).

    Never raises for bad guide files; they end up in ``Library.skipped``.
    """
    existing = [d for d in dirs if d.is_dir()]
    discoveries = [discover([d]) for d in existing]
    stats: dict[str, FileKey | None] = {}
    for found in discoveries:
        for path in (*found.guide_files, *found.translation_files, *_images(found)):
            stats[str(path)] = _stat(path)
    signature = (today.isoformat(), tuple(str(d) for d in existing), tuple(sorted(stats.items())))

    cache = _read_cache(cache_file)
    library = cache.get("library")
    if cache.get("signature") == signature and isinstance(library, Library):
        library.from_cache = True
        return library

    old_files: dict[str, tuple[FileKey | None, Any]] = cache.get("files", {})
    files: dict[str, tuple[FileKey | None, Any]] = {}

    def parsed(path: Path, translation: bool) -> Any:
        key = stats.get(str(path))
        previous = old_files.get(str(path))
        if previous is not None and key is not None and previous[0] == key:
            result = previous[1]
        else:
            result = parse_translation(path) if translation else parse_guide(path)
        files[str(path)] = (key, result)
        return result

    per_dir: list[tuple[list[ParsedGuide], list[ParsedTranslation]]] = []
    with _no_gc():
        for found in discoveries:
            guides: list[ParsedGuide] = [(p, parsed(p, False)) for p in found.guide_files]
            translations: list[ParsedTranslation] = [
                (p, parsed(p, True)) for p in found.translation_files
            ]
            per_dir.append((guides, translations))
        library = _assemble(discoveries, per_dir, today)
    if cache_file is not None:
        _write_cache(
            cache_file,
            {"format": CACHE_FORMAT, "signature": signature, "files": files, "library": library},
        )
    return library


def _assemble(
    discoveries: list[Discovery],
    per_dir: list[tuple[list[ParsedGuide], list[ParsedTranslation]]],
    today: date,
) -> Library:
    reports: list[CheckReport] = []
    for position, (guides, translations) in enumerate(per_dir):
        others: dict[str, Guide] = {}
        for other_position, (other_guides, _) in enumerate(per_dir):
            if other_position != position:
                for _, result in other_guides:
                    if isinstance(result, Guide):
                        others.setdefault(result.id, result)
        reports.append(
            check_parsed(
                guides,
                translations,
                today=today,
                other_guides=others,
                extra_problems=discoveries[position].problems,
            )
        )

    winners: dict[str, Guide] = {}
    for report in reports:
        for guide in report.guides:
            current = winners.get(guide.id)
            if current is None or guide.version > current.version:
                winners[guide.id] = guide

    problems: list[Problem] = []
    skipped: dict[Path, list[Problem]] = {}
    for report in reports:
        problems += report.problems
        skipped.update(report.skipped)

    chosen: dict[tuple[str, str], Translation] = {}
    for report in reports:
        for translation in report.translations:
            original = winners.get(translation.id)
            found = check_translation(translation, original)
            errors = [p for p in found if p.is_error]
            if errors:
                # Checked against a guide that a newer folder replaced.
                skipped[translation.path] = errors
                problems += errors
            else:
                chosen[(translation.id, translation.language)] = translation

    index = SearchIndex(list(winners.values()))
    ordered = {guide.id: guide for guide in index.guides}
    return Library(
        guides=ordered,
        translations=chosen,
        skipped=skipped,
        problems=sorted(problems, key=lambda p: (str(p.path), p.line)),
        index=index,
    )
