"""Translation tooling: extract UI strings, update the .ts files, compile, check.

A development tool: it lives outside the ``desk`` package and ships in no
wheel or installer. Run it from the root of a source checkout::

    python -m tools.i18n update    # desk/**.py -> resources/translations/desk_{nl,fr,en}.ts
    python -m tools.i18n compile   # .ts -> .qm with pyside6-lrelease
    python -m tools.i18n check     # exit 1 on missing/unfinished translations
    python -m tools.i18n todo fr   # untranslated messages as JSON (for a translator)
    python -m tools.i18n fill fr done.json   # write translations from such a JSON file

Why not plain ``pyside6-lupdate``: its Python parser only sees ``tr()`` and
``translate()`` calls written out in full. Most Desk modules translate through
a small module-level wrapper (``def _tr(text): return
QCoreApplication.translate("CasesPage", text)``) and a few through tables of
domain labels, so lupdate would miss them or file them under the wrong
context. This extractor reads the code with :mod:`ast`, resolves those
wrappers to their context, adds the registered tables (:data:`DYNAMIC`), and
writes the same Qt Linguist ``.ts`` format. ``pyside6-lupdate`` still runs as
a cross-check (:func:`lupdate_sources`): any string it finds that we do not is
reported. ``pyside6-lrelease`` compiles the ``.qm`` files.

The tool needs no display (only QtCore is imported, for the tables in DYNAMIC).
"""

from __future__ import annotations

import argparse
import ast
import importlib
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIR = ROOT / "desk"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB"}
#: Dutch is the source language, but it needs a .qm too: Qt picks the plural form of a
#: count (``tr("%n contacten", "", n)``) only from a catalogue, also in Dutch.
COMPILED = ("nl", "fr", "en")
SOURCE_LANGUAGE = "nl_BE"
APP_OBJECTS = {"QCoreApplication", "QApplication", "QGuiApplication"}
#: Context of the messages the core makes with desk.messages.msg().
MESSAGES_CONTEXT = "Messages"


def _column_headers(columns: Iterable[Sequence[Any]]) -> list[str]:
    return [str(row[1]) for row in columns]


def call_args(module: str, function: str, *positions: int) -> Callable[[Any], list[str]]:
    """Strings passed as literal arguments *positions* to calls of *function* in *module*.

    For labels written as data in Qt-free code (``Ratio("key", "Titel", ..., "Uitleg")``).
    """

    def strings(_value: Any) -> list[str]:
        spec = importlib.util.find_spec(module)
        assert spec is not None and spec.origin is not None
        tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8"))
        found = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == function:
                for position in positions:
                    if position < len(node.args):
                        text = _const_str(node.args[position], {})
                        if text:
                            found.append(text)
        return found

    return strings


def assigned(module: str, *names: str) -> Callable[[Any], list[str]]:
    """String literals assigned to local or module variables *names* anywhere in *module*."""

    def strings(_value: Any) -> list[str]:
        spec = importlib.util.find_spec(module)
        assert spec is not None and spec.origin is not None
        tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8"))
        return [node.value.value for node in ast.walk(tree)
                if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)
                and any(isinstance(t, ast.Name) and t.id in names for t in node.targets)]

    return strings


def _stats_vocabulary(stats: Any) -> list[str]:
    """Every row/column label the statistics can show for a code (not for data names)."""
    from desk.domain import vocab

    codes = {
        "status": vocab.STATUSES, "outcome": vocab.OUTCOMES, "channel": vocab.CHANNELS,
        "reason": vocab.REASONS, "need": vocab.NEEDS, "barrier": vocab.BARRIERS,
        "urgency": vocab.URGENCIES, "guide_end": vocab.GUIDE_ENDS, "ttfc": vocab.TTFC_BUCKETS,
    }
    found = [stats.label(dim, code) for dim, all_codes in codes.items() for code in all_codes]
    found += [stats.label("count", ""), stats.label("topic", vocab.OTHER),
              stats.label("service", vocab.OTHER), stats.label("municipality", ""),
              stats.label("service", "")]
    return found


def _stats_titles(stats: Any) -> list[str]:
    texts = [spec.title for spec in stats.SPECS] + [spec.note for spec in stats.SPECS]
    texts += call_args("desk.domain.stats", "Measure", 1, 5)(None)
    texts += assigned("desk.domain.stats", "title", "note")(None)
    texts.append(importlib.import_module("desk.domain.disclosure").SUPPRESSION_NOTE_NL)
    return [t for t in texts if t]


#: Contexts of the shared terms (desk/ui/terms.py): one entry per Dutch word.
VOCABULARY = "Vocabulary"
STATISTICS = "Statistics"

#: Strings translated at run time from a table rather than a literal in a tr()
#: call: (context, "module:attribute", how to get the strings out of it).
DYNAMIC: list[tuple[str, str, Callable[[Any], Iterable[str]]]] = [
    ("CaseTableModel", "desk.ui.cases.model:COLUMNS", _column_headers),
    ("CaseTableModel", "desk.ui.cases.model:SYNC_LABELS", lambda d: d.values()),
    # Codes and their labels (desk.domain.vocab): one Vocabulary, whichever screen shows them.
    (VOCABULARY, "desk.domain.vocab:CHANNEL_LABELS", lambda d: d.values()),
    (VOCABULARY, "desk.domain.vocab:OUTCOME_LABELS", lambda d: d.values()),
    (VOCABULARY, "desk.domain.vocab:REASON_LABELS", lambda d: d.values()),
    (VOCABULARY, "desk.domain.vocab:SKILL_LABELS", lambda d: d.values()),
    (VOCABULARY, "desk.domain.vocab:FEEDBACK_LABELS", lambda d: d.values()),
    (VOCABULARY, "desk.domain.vocab:NEED_LABELS", lambda d: d.values()),
    (VOCABULARY, "desk.domain.vocab:BARRIER_LABELS", lambda d: d.values()),
    (VOCABULARY, "desk.domain.vocab:URGENCY_LABELS", lambda d: d.values()),
    (VOCABULARY, "desk.domain.vocab:CONTACT_CHANNEL_LABELS", lambda d: d.values()),
    (VOCABULARY, "desk.domain.vocab:STATUS_LABELS", lambda d: d.values()),
    (VOCABULARY, "desk.domain.vocab:DRAFT_LABEL", lambda text: [text]),
    (VOCABULARY, "desk.domain.vocab:READY_TO_SEND_LABEL", lambda text: [text]),
    (VOCABULARY, "desk.ui.cases.quick_log:LANGUAGE_NAMES", lambda d: d.values()),
    (VOCABULARY, "desk.domain.stats:SPECS", lambda _s: _stats_vocabulary(
        importlib.import_module("desk.domain.stats"))),
    # Statistics: titles, notes and dimension names come from the Qt-free desk.domain.stats.
    (STATISTICS, "desk.ui.stats.page:TABS", lambda tabs: [t[1] for t in tabs]),
    (STATISTICS, "desk.ui.stats.export:SECTION_TITLES", lambda d: d.values()),
    (STATISTICS, "desk.ui.stats.specs:CHARTS", lambda charts: [c.title for c in charts]),
    (STATISTICS, "desk.domain.stats:SPECS", lambda _s: _stats_titles(
        importlib.import_module("desk.domain.stats"))),
    (STATISTICS, "desk.domain.stats:DIM_LABELS", lambda d: d.values()),
    ("StatsPage", "desk.store.stats_queries:local_report",
     assigned("desk.store.stats_queries", "note")),
    # The report's remarks (Report.messages), shown on the screen and in the PDF report.
    ("StatsPage", "desk.domain.stats:EMPTY_PERIOD", lambda text: [text]),
    ("StatsPage", "desk.domain.stats:NO_REFERRALS", lambda text: [text]),
    ("SyncIssuesDialog", "desk.ui.sync.issues_dialog:_KIND_LABELS", lambda d: d.values()),
]


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


@dataclass
class Entry:
    """One message as stored in a .ts file."""

    message: Message
    translation: str = ""
    forms: list[str] = field(default_factory=list)  # numerus forms
    kind: str = "unfinished"  # "" (finished), "unfinished", "vanished", "obsolete"

    @property
    def finished(self) -> bool:
        if self.kind:
            return False
        if self.message.numerus:
            return bool(self.forms) and all(f.strip() for f in self.forms)
        return bool(self.translation.strip())

    def texts(self) -> list[str]:
        return self.forms if self.message.numerus else [self.translation]


# -- extraction ------------------------------------------------------------


def _const_str(node: ast.AST | None, names: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name) and node.id in names:
        return names[node.id]
    return None


def _module_constants(tree: ast.Module) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in tree.body:
        target: ast.AST | None = None
        value: ast.AST | None = None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign):
            target, value = node.target, node.value
        if isinstance(target, ast.Name) and isinstance(value, ast.Constant) \
                and isinstance(value.value, str):
            found[target.id] = value.value
    return found


def _is_translate(func: ast.AST) -> bool:
    return (isinstance(func, ast.Attribute) and func.attr == "translate"
            and isinstance(func.value, ast.Name) and func.value.id in APP_OBJECTS)


def _wrappers(tree: ast.Module, names: dict[str, str]) -> dict[str, str]:
    """Module-level ``def w(text): return QCoreApplication.translate("Ctx", text)``."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        param = node.args.args[0].arg
        for sub in ast.walk(node):
            if isinstance(sub, ast.Return) and isinstance(sub.value, ast.Call) \
                    and _is_translate(sub.value.func) and len(sub.value.args) >= 2:
                context = _const_str(sub.value.args[0], names)
                arg = sub.value.args[1]
                if context and isinstance(arg, ast.Name) and arg.id == param:
                    found[node.name] = context
    return found


@dataclass
class Extraction:
    messages: dict[tuple[str, str, str], Message] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def add(self, context: str, source: str, comment: str, numerus: bool,
            path: str, line: int) -> None:
        key = (context, source, comment)
        msg = self.messages.setdefault(key, Message(context, source, comment, numerus))
        msg.numerus = msg.numerus or numerus
        if path:
            msg.locations.append((path, line))


class _Visitor(ast.NodeVisitor):
    def __init__(self, out: Extraction, path: str, names: dict[str, str],
                 wrappers: dict[str, str]) -> None:
        self.out, self.path, self.names, self.wrappers = out, path, names, wrappers
        self.classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _problem(self, node: ast.AST, text: str) -> None:
        self.out.problems.append(f"{self.path}:{getattr(node, 'lineno', 0)}: {text}")

    def _take(self, node: ast.Call, context: str, args: list[ast.expr], what: str) -> None:
        """args: source, [disambiguation], [n]."""
        if not args:
            return
        source = _const_str(args[0], self.names)
        if source is None:
            if isinstance(args[0], ast.JoinedStr):
                self._problem(node, f"{what}: an f-string cannot be translated; "
                                    "use a placeholder and .format()")
            return  # a variable: a pass-through, covered by DYNAMIC or a literal elsewhere
        comment = _const_str(args[1], self.names) if len(args) > 1 else None
        numerus = len(args) > 2 and not (
            isinstance(args[2], ast.Constant) and args[2].value in (None, -1))
        self.out.add(context, source, comment or "", numerus, self.path, node.lineno)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        args = list(node.args)
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            receiver = func.value
            if isinstance(receiver, ast.Name) and receiver.id in ("self", "cls") \
                    and self.classes:
                self._take(node, self.classes[-1], args, "tr()")
            elif args and _const_str(args[0], self.names) is not None:
                self._problem(node, "tr() on an object other than self: its context is "
                                    "only known at run time; use "
                                    "QCoreApplication.translate(context, text)")
        elif _is_translate(func) or (isinstance(func, ast.Name)
                                     and func.id == "QT_TRANSLATE_NOOP"):
            context = _const_str(args[0], self.names) if args else None
            if context is None and len(args) >= 2 and _const_str(args[1], self.names):
                self._problem(node, "translate() with a context that is not a literal")
            elif context is not None:
                self._take(node, context, args[1:], "translate()")
        elif isinstance(func, ast.Name) and func.id in self.wrappers:
            self._take(node, self.wrappers[func.id], args, f"{func.id}()")
        elif (isinstance(func, ast.Name) and func.id == "msg") or (
                isinstance(func, ast.Attribute) and func.attr == "msg"
                and isinstance(func.value, ast.Name) and func.value.id == "messages"):
            # desk.messages.msg(): the core's staff-facing messages (no Qt there).
            self._take(node, MESSAGES_CONTEXT, args[:1], "msg()")
        self.generic_visit(node)


def source_files(source_dir: Path = SOURCE_DIR) -> list[Path]:
    return sorted(p for p in source_dir.rglob("*.py")
                  if "__pycache__" not in p.parts and "_data" not in p.parts)


def _module_name(path: Path, source_dir: Path) -> str:
    parts = list(path.relative_to(source_dir.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported_wrappers(tree: ast.Module, known: dict[str, dict[str, str]]) -> dict[str, str]:
    """Wrappers imported from another module: ``from desk.ui.terms import term``."""
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module in known:
            for alias in node.names:
                context = known[node.module].get(alias.name)
                if context:
                    found[alias.asname or alias.name] = context
    return found


def extract(source_dir: Path = SOURCE_DIR, *, dynamic: bool = True) -> Extraction:
    """Every translatable UI string in the Desk sources."""
    out = Extraction()
    parsed: list[tuple[Path, ast.Module, dict[str, str]]] = []
    wrappers: dict[str, dict[str, str]] = {}
    for path in source_files(source_dir):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        names = _module_constants(tree)
        parsed.append((path, tree, names))
        wrappers[_module_name(path, source_dir)] = _wrappers(tree, names)
    for path, tree, names in parsed:
        own = wrappers[_module_name(path, source_dir)]
        rel = path.relative_to(source_dir.parent).as_posix()
        _Visitor(out, rel, names, {**_imported_wrappers(tree, wrappers), **own}).visit(tree)
    if dynamic:
        for context, target, strings in DYNAMIC:
            module_name, attr = target.split(":")
            value = getattr(importlib.import_module(module_name), attr)
            for source in strings(value):
                out.add(context, str(source), "", False, "", 0)
    return out


# -- .ts files -------------------------------------------------------------


def read_ts(path: Path) -> dict[tuple[str, str, str], Entry]:
    entries: dict[tuple[str, str, str], Entry] = {}
    if not path.is_file():
        return entries
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        context = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            msg = Message(context, m.findtext("source") or "", m.findtext("comment") or "",
                          m.get("numerus") == "yes")
            for loc in m.iter("location"):
                msg.locations.append((loc.get("filename", ""), int(loc.get("line", "0"))))
            tr = m.find("translation")
            entry = Entry(msg)
            if tr is not None:
                entry.kind = tr.get("type", "")
                if msg.numerus:
                    entry.forms = [f.text or "" for f in tr.iter("numerusform")]
                else:
                    entry.translation = tr.text or ""
            entries[msg.key] = entry
    return entries


def _attr(text: str) -> str:
    return escape(text, {'"': "&quot;"})


def write_ts(path: Path, language: str, entries: Iterable[Entry]) -> None:
    by_context: dict[str, list[Entry]] = {}
    for entry in entries:
        by_context.setdefault(entry.message.context, []).append(entry)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{LANGUAGES[language]}" '
             f'sourcelanguage="{SOURCE_LANGUAGE}">']
    rel_base = path.parent
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for entry in sorted(by_context[context], key=lambda e: (e.message.source,
                                                                 e.message.comment)):
            msg = entry.message
            lines.append('    <message numerus="yes">' if msg.numerus else "    <message>")
            for file, line in msg.locations:
                if not file or entry.kind in ("vanished", "obsolete"):
                    continue
                rel = os.path.relpath(ROOT / file, rel_base) if not file.startswith("..") \
                    else file
                lines.append(f'        <location filename="{_attr(Path(rel).as_posix())}" '
                             f'line="{line}"/>')
            lines.append(f"        <source>{escape(msg.source)}</source>")
            if msg.comment:
                lines.append(f"        <comment>{escape(msg.comment)}</comment>")
            kind = f' type="{entry.kind}"' if entry.kind else ""
            if msg.numerus:
                lines.append(f"        <translation{kind}>")
                for form in entry.forms or [""]:
                    lines.append(f"            <numerusform>{escape(form)}</numerusform>")
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{kind}>{escape(entry.translation)}"
                             "</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def merge(language: str, extraction: Extraction,
          old: dict[tuple[str, str, str], Entry], *, prune: bool = False) -> list[Entry]:
    """New entries for *language*: existing translations kept, new strings unfinished.

    A string that moved to another context (its old entries left the code in the
    same change, and all of them were translated alike) keeps that translation,
    finished: this is how screens' copies of one term become one shared entry.
    Any other new string whose exact text is already translated in another
    context gets that translation as a suggestion, still marked unfinished for
    review. Dutch (the source language) translates every string to itself.
    """
    known: dict[tuple[str, str], Entry] = {}
    moved: dict[tuple[str, str], set[tuple[bool, tuple[str, ...]]]] = {}
    for key, entry in old.items():
        if entry.finished:
            text = (entry.message.source, entry.message.comment)
            known.setdefault(text, entry)
            if key not in extraction.messages:
                moved.setdefault(text, set()).add((entry.message.numerus, tuple(entry.texts())))
    result: list[Entry] = []
    for key, msg in extraction.messages.items():
        previous = old.get(key)
        entry = Entry(msg)
        if language == "nl":
            entry.kind = ""
            entry.translation = msg.source
            entry.forms = (previous.forms if previous and msg.numerus and previous.forms
                           and previous.kind == "" else [msg.source, msg.source]
                           if msg.numerus else [])
        elif previous is not None:
            entry.translation, entry.forms = previous.translation, previous.forms
            has_text = any(t.strip() for t in previous.texts())
            if previous.message.numerus != msg.numerus or not has_text:
                entry.kind = "unfinished"
            elif previous.kind in ("vanished", "obsolete"):
                entry.kind = ""  # the string came back: its translation still holds
            else:
                entry.kind = previous.kind
        elif len(moved.get((msg.source, msg.comment), ())) == 1:
            ((numerus, texts),) = moved[(msg.source, msg.comment)]
            if numerus == msg.numerus:
                entry.forms = list(texts) if numerus else []
                entry.translation = "" if numerus else texts[0]
                entry.kind = ""
            else:
                entry.kind = "unfinished"
        elif (msg.source, msg.comment) in known:
            guess = known[(msg.source, msg.comment)]
            entry.translation, entry.forms = guess.translation, list(guess.forms)
            entry.kind = "unfinished"
        result.append(entry)
    if not prune:
        for key, entry in old.items():
            if key not in extraction.messages and (entry.translation or any(entry.forms)):
                entry.kind = "vanished"
                result.append(entry)
    return result


def ts_path(language: str, ts_dir: Path = TS_DIR) -> Path:
    return ts_dir / f"desk_{language}.ts"


def update(ts_dir: Path = TS_DIR, *, prune: bool = False,
           extraction: Extraction | None = None) -> dict[str, int]:
    """Write desk_<lang>.ts for every language; return the unfinished count per language."""
    extraction = extraction or extract()
    counts = {}
    for language in LANGUAGES:
        path = ts_path(language, ts_dir)
        entries = merge(language, extraction, read_ts(path), prune=prune)
        write_ts(path, language, entries)
        counts[language] = sum(1 for e in entries
                               if e.kind != "vanished" and not e.finished)
    return counts


# -- compile -----------------------------------------------------------------


def tool(name: str) -> str:
    """Path of a PySide6 tool (``pyside6-lrelease``...), preferring this interpreter's."""
    for folder in (Path(sys.executable).parent, ):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.is_file():
                return str(candidate)
    found = shutil.which(name)
    if not found:
        raise FileNotFoundError(f"{name} not found; install PySide6 in this environment")
    return found


def compile_qm(ts_dir: Path = TS_DIR, out_dir: Path | None = None) -> list[Path]:
    """Compile desk_fr.ts and desk_en.ts into .qm files (in *out_dir*, default next to it)."""
    out_dir = out_dir or ts_dir
    written = []
    for language in COMPILED:
        ts = ts_path(language, ts_dir)
        qm = out_dir / f"desk_{language}.qm"
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                       check=True, capture_output=True, text=True)
        written.append(qm)
    return written


# -- checks ----------------------------------------------------------------

_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?\d{1,2}|%n")
_ENTITY = re.compile(r"&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def accelerators(text: str) -> int:
    """How many ``&X`` mnemonics a text has (``&&`` and HTML entities are not)."""
    stripped = _ENTITY.sub("", text.replace("&&", ""))
    return len(re.findall(r"&(?=\S)", stripped))


def compare(source: str, translation: str) -> list[str]:
    problems = []
    if placeholders(source) != placeholders(translation):
        problems.append(f"placeholders {placeholders(source)} != {placeholders(translation)}")
    if accelerators(source) != accelerators(translation):
        problems.append(f"accelerators {accelerators(source)} != {accelerators(translation)}")
    return problems


def check(ts_dir: Path = TS_DIR, extraction: Extraction | None = None) -> list[str]:
    """Everything wrong with the translations, one line each (empty: all good)."""
    extraction = extraction or extract()
    problems = list(extraction.problems)
    for language in LANGUAGES:
        path = ts_path(language, ts_dir)
        entries = read_ts(path)
        for key, msg in sorted(extraction.messages.items()):
            entry = entries.get(key)
            where = f"{path.name}: [{msg.context}] {msg.source!r}"
            if entry is None:
                problems.append(f"{where}: missing (run update)")
                continue
            if not entry.finished:
                problems.append(f"{where}: not translated")
                continue
            if entry.message.numerus != msg.numerus:
                problems.append(f"{where}: plural form mismatch (run update)")
            for text in entry.texts():
                problems += [f"{where}: {p}" for p in compare(msg.source, text)]
    return problems


def lupdate_sources(source_dir: Path = SOURCE_DIR) -> set[str]:
    """Source texts that ``pyside6-lupdate`` finds (a cross-check of :func:`extract`)."""
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "files.txt"
        listing.write_text("\n".join(str(p) for p in source_files(source_dir)),
                           encoding="utf-8")
        ts = Path(tmp) / "lupdate.ts"
        subprocess.run([tool("pyside6-lupdate"), "-silent", f"@{listing}", "-ts", str(ts)],
                       check=True, capture_output=True, text=True)
        return {e.message.source for e in read_ts(ts).values()}


# -- translator hand-off ---------------------------------------------------------


def todo(language: str, ts_dir: Path = TS_DIR) -> list[dict[str, Any]]:
    """Messages of *language* that still need a (reviewed) translation."""
    out = []
    for entry in read_ts(ts_path(language, ts_dir)).values():
        if entry.kind in ("vanished", "obsolete") or entry.finished:
            continue
        msg = entry.message
        out.append({"context": msg.context, "source": msg.source, "comment": msg.comment,
                    "numerus": msg.numerus,
                    "translation": entry.forms if msg.numerus else entry.translation})
    return out


def fill(language: str, items: Iterable[dict[str, Any]], ts_dir: Path = TS_DIR) -> int:
    """Write translations from ``todo``-shaped items; return how many were set."""
    path = ts_path(language, ts_dir)
    entries = read_ts(path)
    done = 0
    for item in items:
        key = (item["context"], item["source"], item.get("comment", ""))
        entry = entries.get(key)
        value = item["translation"]
        if entry is None or not value:
            continue
        if entry.message.numerus:
            entry.forms = list(value) if isinstance(value, list) else [value, value]
        else:
            entry.translation = str(value)
        entry.kind = ""
        done += 1
    write_ts(path, language, entries.values())
    return done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.i18n",
                                     description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    upd = sub.add_parser("update", help="extract strings into the .ts files")
    upd.add_argument("--prune", action="store_true", help="drop strings no longer in the code")
    sub.add_parser("compile", help="compile the .ts files into .qm with pyside6-lrelease")
    sub.add_parser("check", help="report missing translations and placeholder mismatches")
    td = sub.add_parser("todo", help="print untranslated messages of a language as JSON")
    td.add_argument("language", choices=sorted(LANGUAGES))
    fl = sub.add_parser("fill", help="write translations from a JSON file made by todo")
    fl.add_argument("language", choices=sorted(LANGUAGES))
    fl.add_argument("file", type=Path)
    args = parser.parse_args(argv)

    if args.command == "update":
        counts = update(prune=args.prune)
        for language, count in counts.items():
            print(f"desk_{language}.ts: {count} to translate")
        return 0
    if args.command == "compile":
        for qm in compile_qm():
            print(f"wrote {qm.relative_to(ROOT)}")
        return 0
    if args.command == "check":
        extraction = extract()
        problems = check(extraction=extraction)
        found = {m.source for m in extraction.messages.values()}
        problems += [f"pyside6-lupdate finds {s!r} but the extractor does not"
                     for s in sorted(lupdate_sources() - found)]
        for line in problems:
            print(line)
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1 if problems else 0
    if args.command == "todo":
        json.dump(todo(args.language), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if args.command == "fill":
        items = json.loads(args.file.read_text(encoding="utf-8"))
        print(f"{fill(args.language, items)} translation(s) written")
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
