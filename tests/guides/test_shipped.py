"""The guides that ship with Desk pass the validator."""

from __future__ import annotations

from desk.domain.guides.validate import check_paths
from desk.paths import shipped_guides_dir
from tests.support.clock import local_today


def test_shipped_guides_pass_check() -> None:
    report = check_paths([shipped_guides_dir()], today=local_today())
    errors = "\n".join(p.format() for p in report.errors)
    assert not report.has_errors, errors
    assert len(report.guides) >= 15, f"only {len(report.guides)} valid guides"
