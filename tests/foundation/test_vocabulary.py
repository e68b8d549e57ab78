"""One vocabulary: the server's Literal types, the lifecycle and the guides equal desk.domain.vocab."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import get_args

import pytest

from desk.central import vocab as wire
from desk.domain import lifecycle, vocab
from desk.domain.guides import model as guides

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("literal", "codes"),
    [
        (wire.Channel, vocab.CHANNELS),
        (wire.Outcome, vocab.OUTCOMES),
        (wire.NotPossibleReason, vocab.REASONS),
        (wire.Skill, vocab.SKILLS),
        (wire.Feedback, vocab.FEEDBACKS),
        (wire.Actor, vocab.ACTORS),
        (wire.Need, vocab.NEEDS),
        (wire.Barrier, vocab.BARRIERS),
        (wire.Urgency, vocab.URGENCIES),
        (wire.Status, vocab.STATUSES),
        (wire.Role, vocab.ROLES),
        (wire.Municipality, vocab.MUNICIPALITIES),
    ],
)
def test_central_literals_equal_the_domain_tuples(literal: object, codes: tuple[str, ...]) -> None:
    assert get_args(literal) == codes


def test_lifecycle_and_guides_use_the_same_codes() -> None:
    assert lifecycle.STATUSES == vocab.STATUSES
    assert set(lifecycle.CONTACT_MADE for _ in [0]) <= vocab.CONTACT_STATUSES
    assert guides.ACTORS == vocab.ACTORS
    assert vocab.DRAFT not in vocab.STATUSES


def test_every_code_has_a_label_and_codes_are_unique() -> None:
    tables = [v for k, v in vars(vocab).items() if k.endswith(("_LABELS", "_NAMES"))]
    assert len(tables) >= 14
    for table in tables:
        assert all(code and label for code, label in table.items())
        assert len(set(table.values())) == len(table)  # one label per code, never shared


def test_ttfc_buckets() -> None:
    days = [0, 2, 2.01, 7, 7.5, 14, 14.2, 30, 30.5, 400]
    assert [vocab.ttfc_bucket(d) for d in days] == [
        "0-2 d", "0-2 d", "3-7 d", "3-7 d", "8-14 d", "8-14 d", "15-30 d", "15-30 d",
        ">30 d", ">30 d",
    ]  # fmt: skip


_CODE_SETS = [set(v) for k, v in vars(vocab).items() if k.endswith(("_LABELS", "_NAMES"))]
#: Typed copies the type checker needs, held equal to the vocabulary above.
_TYPED_COPIES = {"desk/domain/guides/model.py:ACTORS"}


def _assigned_code_tables(path: Path) -> list[str]:
    """Names of module-level dicts or tuples of str literals assigned in *path*."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in tree.body:
        target = node.target if isinstance(node, ast.AnnAssign) else (
            node.targets[0] if isinstance(node, ast.Assign) else None)  # fmt: skip
        value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
        if not isinstance(target, ast.Name) or value is None:
            continue
        items = value.keys if isinstance(value, ast.Dict) else (
            value.elts if isinstance(value, ast.Tuple) else [])  # fmt: skip
        strings = {i.value for i in items if isinstance(i, ast.Constant)
                   and isinstance(i.value, str)}  # fmt: skip
        for codes in _CODE_SETS:
            if len(strings & codes) >= 3 and len(strings & codes) >= 0.8 * len(strings):
                found.append(f"{path.relative_to(ROOT)}:{target.id}")
                break
    return found


def test_no_second_copy_of_the_codes() -> None:
    """Code tables live in desk/domain/vocab.py only (the central Literal types aside)."""
    copies = []
    for path in sorted((ROOT / "desk").rglob("*.py")):
        if path.name == "vocab.py":
            continue
        copies += _assigned_code_tables(path)
    assert [c for c in copies if c not in _TYPED_COPIES] == []
