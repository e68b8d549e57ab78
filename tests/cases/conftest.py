"""Fixtures for the case-log tests: a store, an app context, a main window."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desk.config import load_config
from desk.domain.cases import Rules, validate_case
from desk.store.cases import CaseRepository
from desk.store.store import Store, open_store
from tests.support.clock import TEST_NOW, day_text
from tests.support.gui import make_context

TOPICS = ("Attesten en uittreksels", "Identiteitskaart en PIN", "Afspraak maken",
          "Belastingen", "Sociale voordelen", "Andere vraag")
#: The suite's frozen moment (tests.support.clock); case dates are relative to it.
NOW = TEST_NOW


@pytest.fixture
def store() -> Iterator[Store]:
    s = open_store()
    yield s
    s.close()


@pytest.fixture
def repo(store: Store) -> CaseRepository:
    return CaseRepository(store)


def make_case(**form: Any) -> Any:
    base = {"date": day_text(-1), "time": "10:15", "office": "kortrijk-stadhuis",
            "staff": "Elke", "channel": "counter", "topics": "Belastingen",
            "outcome": "together", "duration_min": "12"}
    base.update({k: str(v) for k, v in form.items()})
    return validate_case(base, Rules(topics=TOPICS, now=NOW))


@pytest.fixture
def config() -> Any:
    return dataclasses.replace(load_config(), staff_name="Elke", office="kortrijk-stadhuis",
                               offices=("kortrijk-stadhuis", "kortrijk-heule"), topics=TOPICS)


@pytest.fixture
def ctx(qapp: Any, tmp_path: Path, config: Any, store: Store) -> Iterator[Any]:
    # Asking for ``store`` first makes it close after the worker has stopped: closing a
    # connection a background read is inside can crash SQLite.
    context = make_context(tmp_path, config)
    yield context
    context.worker.shutdown()
    if context.store is not None:
        context.store.close()


@pytest.fixture
def window(qtbot: Any, ctx: Any) -> Any:
    from desk.ui.cases import install
    from desk.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    install(win, ctx)
    return win
