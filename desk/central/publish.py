"""Publishing guides and the partner directory to every device (through pull)."""

from __future__ import annotations

import base64
import json
import re
import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, and_, select, update

from desk import clock
from desk.central import audit, guide_reports, stats
from desk.central import tables as t
from desk.central.db import next_seq, writing


class PublishError(Exception):
    """Nothing was published; ``problems`` says why, one line each (``path:line: message``)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class PublishReport:
    published: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: Guide reports closed because a published guide's ``resolves`` names them.
    resolved: list[str] = field(default_factory=list)
    #: Open guide reports per guide and step, for the guides in the folder.
    open_reports: dict[str, dict[str, int]] = field(default_factory=dict)


def _front_matter(text: str, path: Path) -> dict[str, Any]:
    lines = text.splitlines()
    if not lines or lines[0].strip() != "+++":
        raise PublishError([f"{path}:1: no front matter (a line with +++ expected)"])
    try:
        end = next(n for n in range(1, len(lines)) if lines[n].strip() == "+++")
    except StopIteration:
        raise PublishError([f"{path}:1: front matter is not closed with +++"]) from None
    try:
        return tomllib.loads("\n".join(lines[1:end]))
    except tomllib.TOMLDecodeError as exc:
        raise PublishError([f"{path}:1: front matter is not valid TOML: {exc}"]) from None


def _upsert(
    conn: Connection, kind: str, item_id: str, body: dict[str, Any], now: datetime, deleted: bool
) -> bool:
    """Write a global item unless identical; returns whether it changed."""
    i = t.items.c
    encoded = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    row = conn.execute(
        select(i.revision, i.body, i.deleted).where(and_(i.kind == kind, i.id == item_id))
    ).first()
    if row is not None and row.body == encoded and row.deleted == deleted:
        return False
    seq = next_seq(conn)
    values = {"body": encoded, "seq": seq, "updated_at": now, "deleted": deleted, "org": None}
    if row is None:
        conn.execute(t.items.insert().values(kind=kind, id=item_id, revision=1, **values))
    else:
        conn.execute(
            update(t.items)
            .where(and_(i.kind == kind, i.id == item_id))
            .values(revision=row.revision + 1, **values)
        )
    return True


_NOT_GUIDES = frozenset({"readme.md", "writing.md"})


_IMAGE_REF = re.compile(r"!\[[^\]]*\]\((images/[^)\s]+)\)")
MAX_IMAGE_BYTES = 1024 * 1024


def _images(folder: Path, text: str) -> dict[str, str]:
    """The images a guide shows (``images/<file>``), base64-encoded, so desks get them too."""
    found: dict[str, str] = {}
    for ref in sorted(set(_IMAGE_REF.findall(text))):
        path = folder / ref
        if not path.is_file() or path.resolve().parent != (folder / "images").resolve():
            continue  # the validator reports missing images; never read outside images/
        data = path.read_bytes()
        if len(data) > MAX_IMAGE_BYTES:
            raise PublishError([f"{path}: image larger than {MAX_IMAGE_BYTES // 1024} KiB"])
        found[ref] = base64.b64encode(data).decode("ascii")
    return found


def collect_guides(folder: Path, warnings: list[str]) -> dict[str, dict[str, Any]]:
    """Validate a guides folder with the desk's validator; the guide bodies to publish."""
    if not folder.is_dir():
        raise PublishError([f"{folder}: not a folder"])
    files = sorted(
        p for p in folder.glob("*.md") if p.is_file() and p.name.lower() not in _NOT_GUIDES
    )
    if not files:
        raise PublishError([f"{folder}: no guides (*.md) found"])
    translations = sorted((folder / "i18n").glob("*/*.md"))
    from desk.domain.guides.validate import check_paths

    report = check_paths([folder], today=clock.today())
    warnings.extend(
        f"{p.path}:{p.line}: {p.message}" for p in report.problems if p.severity != "error"
    )
    if report.has_errors:
        raise PublishError(
            [
                f"{p.path}:{p.line}: {p.severity}: {p.message}"
                for p in report.problems
                if p.severity == "error"
            ]
        )
    guides: dict[str, dict[str, Any]] = {}
    for path in files:
        text = path.read_text(encoding="utf-8")
        meta = _front_matter(text, path)
        guide_id = str(meta.get("id") or path.stem)
        guides[guide_id] = {
            "id": guide_id,
            "version": int(meta.get("version", 1)),
            "file": path.name,
            "text": text,
            "translations": {},
            "images": _images(folder, text),
        }
    for path in translations:
        lang = path.parent.name
        if path.stem in guides:
            guides[path.stem]["translations"][lang] = path.read_text(encoding="utf-8")
    return guides


def publish_guides(engine: Engine, folder: Path, actor: str, prune: bool = False) -> PublishReport:
    """Publish every guide of *folder* (raw text + id + version + translations)."""
    report = PublishReport()
    guides = collect_guides(folder, report.warnings)
    now = clock.now()
    with writing(engine) as conn:
        for guide_id, body in sorted(guides.items()):
            changed = _upsert(conn, "guide", guide_id, body, now, deleted=False)
            (report.published if changed else report.unchanged).append(guide_id)
        if prune:
            i = t.items.c
            live = conn.execute(
                select(i.id, i.body).where(and_(i.kind == "guide", i.deleted.is_(False)))
            ).all()
            for gone_id, gone_body in live:
                if gone_id not in guides:
                    _upsert(conn, "guide", gone_id, json.loads(gone_body), now, deleted=True)
                    report.removed.append(gone_id)
        _resolve_reports(conn, folder, guides, report, actor, now)
        # New guide ids or steps may now be shown in statistics.
        stats.refresh(conn)
        audit.record(
            conn, actor, "publish.guides", target=str(folder)[:120],
            detail={"published": report.published, "removed": report.removed}, now=now,
        )  # fmt: skip
    return report


def _resolves(text: str, path: Path) -> tuple[list[str], int]:
    """The ``resolves`` ids of a guide's header and the line they are on."""
    named = _front_matter(text, path).get("resolves") or []
    line = next((n for n, raw in enumerate(text.splitlines(), 1)
                 if raw.lstrip().startswith("resolves")), 1)  # fmt: skip
    return [str(x) for x in named], line


def _resolve_reports(conn: Connection, folder: Path, guides: dict[str, dict[str, Any]],
                     report: PublishReport, actor: str, now: datetime) -> None:  # fmt: skip
    """Close the reports the published versions resolve (``resolves``; guides/README.md).

    A ``resolves`` id that is not a report about that guide stops the whole
    publication (raised inside the transaction: nothing is published).
    """
    problems: list[str] = []
    for guide_id, body in sorted(guides.items()):
        path = folder / str(body["file"])
        named, line = _resolves(str(body["text"]), path)
        if not named:
            continue
        result = guide_reports.resolve_named(
            conn, guide_id, int(body["version"]), named,
            published=guide_id in report.published, where=f"{path}:{line}", actor=actor, now=now,
        )  # fmt: skip
        problems += result.problems
        report.warnings += result.warnings
        report.resolved += result.resolved
    if problems:
        raise PublishError(problems)
    report.open_reports = guide_reports.open_counts(conn, guides)


def load_directory(path: Path) -> dict[str, Any]:
    """Read and loosely validate a partner directory file."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PublishError([f"{path}: cannot read: {exc.strerror or exc}"]) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise PublishError([f"{path}: not UTF-8 text (byte {exc.start})"]) from None
    except json.JSONDecodeError as exc:
        raise PublishError([f"{path}:{exc.lineno}: not valid JSON: {exc.msg}"]) from None
    if not isinstance(data, dict):
        raise PublishError([f"{path}:1: the directory must be a JSON object"])
    problems = []
    for key in ("organizations", "services", "locations"):
        if key not in data:
            problems.append(f"{path}: missing the {key!r} array")
        elif not isinstance(data[key], list):
            problems.append(f"{path}: {key!r} must be an array")
        elif not all(isinstance(entry, dict) for entry in data[key]):
            problems.append(f"{path}: every entry of {key!r} must be an object")
    if problems:
        raise PublishError(problems)
    return data


def publish_directory(engine: Engine, path: Path, actor: str) -> PublishReport:
    data = load_directory(path)
    report = PublishReport()
    now = clock.now()
    with writing(engine) as conn:
        changed = _upsert(conn, "directory", "directory", data, now, deleted=False)
        (report.published if changed else report.unchanged).append("directory")
        stats.refresh(conn)  # the services statistics may name
        audit.record(
            conn, actor, "publish.directory", target=path.name[:120],
            detail={"changed": changed, "services": len(data["services"])}, now=now,
        )  # fmt: skip
    return report
