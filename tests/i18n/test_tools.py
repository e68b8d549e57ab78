"""The extractor, the .ts merge and the placeholder/accelerator comparison, on small inputs."""

from __future__ import annotations

from pathlib import Path

from tools import i18n as tools

SOURCE = '''
from typing import Final
from PySide6.QtCore import QCoreApplication

_CONTEXT: Final = "Labels"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Page", text)


def _lbl(text):
    return QCoreApplication.translate(_CONTEXT, text)


class Dialog:
    def build(self, n):
        self.tr("Sluiten")
        self.tr("%n gids(en)", "", n)
        _tr("Logboek")
        _lbl("Samen")
        QCoreApplication.translate("Bootstrap", "Databank " "openen")
        _tr(f"Fout {n}")
        other.tr("Bezig")
        _tr(n)  # a variable: passes through, not extracted


class Inner(Dialog):
    def more(self):
        return self.tr("Meer")
'''


def _extract(tmp_path: Path) -> tools.Extraction:
    pkg = tmp_path / "desk"
    pkg.mkdir()
    (pkg / "screen.py").write_text(SOURCE, encoding="utf-8")
    return tools.extract(pkg, dynamic=False)


def test_extractor_resolves_contexts(tmp_path: Path) -> None:
    found = _extract(tmp_path)
    assert set(found.messages) == {
        ("Dialog", "Sluiten", ""), ("Dialog", "%n gids(en)", ""), ("Page", "Logboek", ""),
        ("Labels", "Samen", ""), ("Bootstrap", "Databank openen", ""), ("Inner", "Meer", ""),
    }
    assert found.messages[("Dialog", "%n gids(en)", "")].numerus
    assert found.messages[("Page", "Logboek", "")].locations == [("desk/screen.py", 20)]


def test_extractor_follows_a_wrapper_imported_from_another_module(tmp_path: Path) -> None:
    pkg = tmp_path / "desk"
    (pkg / "ui").mkdir(parents=True)
    (pkg / "ui" / "terms.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n\n"
        "def term(text):\n    return QCoreApplication.translate('Vocabulary', text)\n",
        encoding="utf-8")
    (pkg / "ui" / "page.py").write_text(
        "from desk.ui.terms import term\nfrom desk.ui.terms import term as label\n\n"
        "term('Telefoon')\nlabel('Samen')\n", encoding="utf-8")
    found = tools.extract(pkg, dynamic=False)
    assert set(found.messages) == {("Vocabulary", "Telefoon", ""), ("Vocabulary", "Samen", "")}


def test_extractor_reports_what_cannot_be_translated(tmp_path: Path) -> None:
    problems = _extract(tmp_path).problems
    assert len(problems) == 2
    assert problems[0].startswith("desk/screen.py:23:") and "f-string" in problems[0]
    assert problems[1].startswith("desk/screen.py:24:") and "other than self" in problems[1]


def test_update_keeps_translations_and_marks_the_rest(tmp_path: Path) -> None:
    found = _extract(tmp_path)
    ts_dir = tmp_path / "translations"
    tools.update(ts_dir, extraction=found)
    assert tools.fill("fr", [{"context": "Page", "source": "Logboek", "translation": "Journal"},
                             {"context": "Labels", "source": "Samen", "translation": "Ensemble"},
                             {"context": "Dialog", "source": "%n gids(en)",
                              "translation": ["%n guide", "%n guides"]}], ts_dir) == 3
    # The code changes: one string goes, one arrives with a text translated elsewhere.
    del found.messages[("Labels", "Samen", "")]
    found.add("Other", "Logboek", "", False, "desk/screen.py", 3)
    counts = tools.update(ts_dir, extraction=found)
    fr = tools.read_ts(tools.ts_path("fr", ts_dir))
    assert fr[("Page", "Logboek", "")].finished
    assert fr[("Page", "Logboek", "")].translation == "Journal"
    assert fr[("Dialog", "%n gids(en)", "")].forms == ["%n guide", "%n guides"]
    suggestion = fr[("Other", "Logboek", "")]
    assert suggestion.translation == "Journal" and not suggestion.finished  # to be reviewed
    assert fr[("Labels", "Samen", "")].kind == "vanished"
    assert counts == {"nl": 0, "fr": 4, "en": 6}  # 6 strings; fr has 2 done
    nl = tools.read_ts(tools.ts_path("nl", ts_dir))
    assert all(e.finished and e.translation == e.message.source
               for e in nl.values() if not e.message.numerus and e.kind != "vanished")
    tools.update(ts_dir, extraction=found, prune=True)
    assert ("Labels", "Samen", "") not in tools.read_ts(tools.ts_path("fr", ts_dir))


def test_a_term_moved_to_a_shared_context_keeps_its_translation(tmp_path: Path) -> None:
    ts_dir = tmp_path / "translations"
    found = tools.Extraction()
    for context in ("CaseLabels", "ReferralLabels", "StatsTable"):
        found.add(context, "Telefoon", "", False, "desk/x.py", 1)
    found.add("CaseLabels", "Ontvangen", "", False, "desk/x.py", 2)
    found.add("Messages", "Ontvangen", "", False, "desk/x.py", 3)
    found.add("CaseLabels", "Samen", "", False, "desk/x.py", 4)
    found.add("StatsTable", "Samen", "", False, "desk/x.py", 5)
    tools.update(ts_dir, extraction=found)
    tools.fill("fr", [{"context": c, "source": "Telefoon", "translation": "Téléphone"}
                      for c in ("CaseLabels", "ReferralLabels", "StatsTable")]
               + [{"context": "CaseLabels", "source": "Ontvangen", "translation": "Reçu"},
                  {"context": "Messages", "source": "Ontvangen", "translation": "Réception"},
                  {"context": "CaseLabels", "source": "Samen", "translation": "Ensemble"},
                  {"context": "StatsTable", "source": "Samen", "translation": "Conjointement"}],
               ts_dir)
    # The labels move to one Vocabulary context; the core's message stays where it is.
    shared = tools.Extraction()
    for source in ("Telefoon", "Ontvangen", "Samen"):
        shared.add("Vocabulary", source, "", False, "desk/x.py", 1)
    shared.add("Messages", "Ontvangen", "", False, "desk/x.py", 3)
    tools.update(ts_dir, extraction=shared, prune=True)
    fr = tools.read_ts(tools.ts_path("fr", ts_dir))
    assert set(fr) == {("Vocabulary", "Telefoon", ""), ("Vocabulary", "Ontvangen", ""),
                       ("Vocabulary", "Samen", ""), ("Messages", "Ontvangen", "")}
    assert fr[("Vocabulary", "Telefoon", "")].finished
    assert fr[("Vocabulary", "Telefoon", "")].translation == "Téléphone"
    # Only the copies that left count: "Réception" stays with the message.
    assert fr[("Vocabulary", "Ontvangen", "")].translation == "Reçu"
    assert fr[("Vocabulary", "Ontvangen", "")].finished
    assert fr[("Messages", "Ontvangen", "")].translation == "Réception"
    # Copies translated differently are not merged silently: someone chooses.
    assert not fr[("Vocabulary", "Samen", "")].finished


def test_check_lists_missing_and_mismatched(tmp_path: Path) -> None:
    found = _extract(tmp_path)
    ts_dir = tmp_path / "translations"
    tools.update(ts_dir, extraction=found)
    tools.fill("en", [{"context": "Page", "source": "Logboek", "translation": "&Case log"}],
               ts_dir)
    problems = tools.check(ts_dir, extraction=found)
    assert any("desk_fr.ts: [Page] 'Logboek': not translated" in p for p in problems)
    assert any("desk_en.ts: [Page] 'Logboek': accelerators 0 != 1" in p for p in problems)


def test_compiled_translations_load(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    found = _extract(tmp_path)
    ts_dir = tmp_path / "translations"
    tools.update(ts_dir, extraction=found)
    tools.fill("fr", [{"context": "Page", "source": "Logboek", "translation": "Journal"}],
               ts_dir)
    qm = {p.name: p for p in tools.compile_qm(ts_dir)}
    translator = QTranslator()
    assert translator.load(str(qm["desk_fr.qm"]))
    assert translator.translate("Page", "Logboek") == "Journal"


def test_placeholders_and_accelerators() -> None:
    assert tools.placeholders("Stap {0} van {1}, %1 en %n") == ["%1", "%n", "{0}", "{1}"]
    assert tools.accelerators("&Bewaren") == 1
    assert tools.accelerators("Zoeken && vervangen") == 0
    assert tools.accelerators("Tom&nbsp;&amp; Jerry") == 0
    assert tools.accelerators("a & b") == 0
    assert tools.compare("Stap {0} van {1}", "Étape {0} sur {1}") == []
    assert tools.compare("Stap {0} van {1}", "Étape {0}") != []
    assert tools.compare("&Bewaren", "Enregistrer") == ["accelerators 1 != 0"]
