"""Guards against a broken Qt binding.

PySide6 6.12.0 drops one reference to ``True`` on every signal emission that
reaches a Python slot; after a few hundred emissions the interpreter aborts
("bool_dealloc: deallocating True"). Desk emits signals all day, so such a
release must never be installed: this test fails on it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    with_value = Signal(object)
    plain = Signal()
    several = Signal(int, int, str)


def test_signal_emission_keeps_reference_counts(qapp) -> None:  # type: ignore[no-untyped-def]
    received: list[object] = []
    emitter = _Emitter()
    emitter.with_value.connect(received.append)
    emitter.plain.connect(lambda: received.append(None))
    emitter.several.connect(lambda a, b, c: received.append((a, b, c)))
    before = sys.getrefcount(True)
    for n in range(200):
        emitter.with_value.emit(n)
        emitter.plain.emit()
        emitter.several.emit(n, n, "x")
    assert len(received) == 600
    assert abs(sys.getrefcount(True) - before) < 20
