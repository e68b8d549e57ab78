"""The ``resolves`` header key: ids of guide reports, checked by ``desk guides check``."""

from __future__ import annotations

import uuid
from pathlib import Path

from desk.domain.guides.model import Guide
from desk.domain.guides.parser import parse_guide
from desk.domain.guides.validate import check_paths
from tests.central.test_guide_reports import GUIDE, guide_text
from tests.support.clock import local_today


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / f"{GUIDE}.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_report_ids_are_read(tmp_path: Path) -> None:
    ids = [str(uuid.uuid4()), str(uuid.uuid4())]
    guide = parse_guide(write(tmp_path, guide_text(2, resolves=ids)))
    assert isinstance(guide, Guide) and guide.resolves == tuple(ids)
    plain = parse_guide(write(tmp_path, guide_text(2)))
    assert isinstance(plain, Guide) and plain.resolves == ()


def test_a_wrong_id_is_an_error_at_its_line(tmp_path: Path) -> None:
    text = guide_text(2, resolves=["melding-3", str(uuid.uuid4()).upper()])
    path = write(tmp_path, text)
    line = text.splitlines().index(next(x for x in text.splitlines()
                                        if x.startswith("resolves"))) + 1  # fmt: skip
    report = check_paths([path], today=local_today())
    errors = [p for p in report.problems if p.is_error]
    assert [(p.line, "'melding-3' in 'resolves' is geen id van een melding" in p.message)
            for p in errors][:1] == [(line, True)]
    assert len(errors) == 2  # the upper-case id too: ids are written as the listing shows them
    wrong_type = write(tmp_path, text.replace('resolves = ["melding-3"', "resolves = [3"))
    assert any("'resolves' moet een lijst van teksten zijn" in p.message
               for p in check_paths([wrong_type], today=local_today()).problems)
