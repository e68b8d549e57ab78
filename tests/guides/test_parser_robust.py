"""No input makes the parser or validator crash: a bad file is a list of problems."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk.domain.guides.model import Guide
from desk.domain.guides.parser import parse_guide, parse_translation
from desk.domain.guides.validate import check_guide
from tests.guides.support import LIBRARY, TODAY

VALID = (LIBRARY / "pincode-vergeten.md").read_bytes()
PATH = LIBRARY / "pincode-vergeten.md"


def _lines_ok(result: Guide | list, raw: bytes) -> None:
    if isinstance(result, Guide):
        for problem in check_guide(result, today=TODAY):
            assert 0 <= problem.line <= raw.count(b"\n") + 1
        return
    assert result, "a failed parse must say why"
    assert any(p.is_error for p in result)
    for problem in result:
        assert 0 <= problem.line <= raw.count(b"\n") + 1, problem
        assert problem.message


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_random_bytes(raw: bytes) -> None:
    _lines_ok(parse_guide(PATH, raw), raw)
    translation = parse_translation(Path("i18n/fr/pincode-vergeten.md"), raw)
    assert isinstance(translation, list) or translation.id


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_mutated_valid_guide(data: st.DataObject) -> None:
    lines = VALID.split(b"\n")
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, len(lines) - 1))
        action = data.draw(st.sampled_from(["delete", "duplicate", "replace", "insert"]))
        if action == "delete" and len(lines) > 1:
            del lines[position]
        elif action == "duplicate":
            lines.insert(position, lines[position])
        elif action == "replace":
            lines[position] = data.draw(st.text(max_size=40)).encode("utf-8")
        else:
            snippet = data.draw(
                st.sampled_from(
                    [b"+++", b"## X {#x}", b"### Vraag: ?", b"- a -> b", b"<!--", b"-->", b"Wie:"]
                )
            )
            lines.insert(position, snippet)
    raw = b"\n".join(lines)
    _lines_ok(parse_guide(PATH, raw), raw)
