"""Fixtures for the referral UI tests: keyring, store, app context and the page."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desk.config import load_config
from desk.store.store import Store, open_store
from tests.referrals_store.helpers import MemoryKeyring
from tests.support.gui import make_context


@pytest.fixture
def store() -> Iterator[Store]:
    s = open_store()
    yield s
    s.close()


@pytest.fixture
def config() -> Any:
    return dataclasses.replace(load_config(), staff_name="Elke", office="kortrijk-stadhuis")


@pytest.fixture
def ctx(qapp: Any, tmp_path: Path, config: Any, store: Store) -> Iterator[Any]:


    context = make_context(tmp_path, config)
    context.set_store(store)
    yield context
    context.worker.shutdown()


def _page(qtbot: Any, ctx: Any) -> Any:
    from desk.ui.referrals.page import ReferralsPage

    page = ReferralsPage(ctx)
    qtbot.addWidget(page)
    if not page.is_loaded:
        with qtbot.waitSignal(page.loaded, timeout=10000):
            pass
    page.resize(1300, 800)
    return page


@pytest.fixture
def page(qtbot: Any, ctx: Any, memory_keyring: MemoryKeyring) -> Any:
    return _page(qtbot, ctx)


@pytest.fixture
def page_without_keyring(qtbot: Any, ctx: Any, fail_keyring: Any) -> Any:
    return _page(qtbot, ctx)
