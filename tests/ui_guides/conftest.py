"""Fixtures for the guides screens: a context, small guide folders and a loaded page."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desk.ui.context import AppContext
from desk.ui.guides.page import GuidesPage
from tests.support.clock import days_from_today
from tests.support.gui import make_context

#: Markers that must never reach the citizen's screen or handout.
STAFF_MARK = "ALLEEN-VOOR-MEDEWERKER"
#: Reviewed a month before the frozen today: well within the review interval.
REVIEWED = days_from_today(-30).isoformat()

ALPHA = f"""+++
id = "alfa-aanmelden"
title = "Alfa: aanmelden bij het loket"
summary = "Een kleine testgids met een vraag, een burgerstap en een link naar beta."
category = "identiteit-en-aanmelden"
tags = ["alfa", "aanmelden"]
synonyms = ["wachtwoord vergeten"]
minutes = 10
bring = ["eid", "smartphone"]
prechecks = ["De burger heeft tijd."]
sources = ["https://example.org/alfa-bron"]
reviewed = {REVIEWED}
reviewer = "Test"
version = 3
language = "nl"
start = "begin"
+++

## Begin van alfa {{#begin}}
Wie: samen

### Medewerker
Vraag wat er nodig is. {STAFF_MARK} eerste stap.

### Burger
Welkom. We kijken samen naar uw vraag.

### Vraag: Heeft de burger een eID bij?
- Ja -> pin-typen
- Nee, maar wel itsme -> gids:beta-itsme
- De eID is kapot -> einde: niet-mogelijk/no_eid "Verwijs naar burgerzaken."

## Typ uw PIN-code {{#pin-typen}}
Wie: burger

### Medewerker
De burger typt zelf. {STAFF_MARK} tweede stap.

### Burger
Typ nu zelf uw PIN-code. Niemand kijkt mee.

Volgende: klaar

## Klaar met alfa {{#klaar}}
Wie: samen

### Medewerker
Kijk samen na. {STAFF_MARK} derde stap.

### Burger
Het is gelukt. U bent aangemeld.

Einde: gelukt
"""

ALPHA_FR = """+++
id = "alfa-aanmelden"
language = "fr"
translates_version = 3
title = "Alpha : se connecter au guichet"
summary = "Un petit guide de test."
+++

## Début d'alpha {#begin}
### Burger
Bienvenue. Nous regardons votre question ensemble.

### Vraag: Avez-vous votre eID ?
- Oui
- Non, mais itsme
- Mon eID est cassée

## Tapez votre code PIN {#pin-typen}
### Burger
Tapez vous-même votre code PIN. Personne ne regarde.

## Terminé avec alpha {#klaar}
### Burger
C'est réussi. Vous êtes connecté.
"""

BETA = f"""+++
id = "beta-itsme"
title = "Beta: itsme gebruiken"
summary = "De tweede testgids."
category = "veilig-online"
tags = ["beta", "itsme"]
synonyms = ["app op mijn gsm"]
minutes = 5
bring = ["itsme"]
prechecks = []
sources = ["https://example.org/beta-bron"]
reviewed = {REVIEWED}
reviewer = "Test"
version = 1
language = "nl"
start = "open"
+++

## Open itsme {{#open}}
Wie: burger

### Medewerker
Laat de burger de app openen. {STAFF_MARK} beta.

### Burger
Open de app itsme op uw smartphone.

## Bevestig in itsme {{#bevestig}}
Wie: burger

### Medewerker
Kijk weg. {STAFF_MARK} beta twee.

### Burger
Bevestig met uw itsme-code.

Einde: gelukt
"""

#: A guide whose last step leads nowhere: the app must skip it and say so.
BROKEN = BETA.replace('id = "beta-itsme"', 'id = "kapot"').replace(
    "Einde: gelukt", "Volgende: nergens"
)


@pytest.fixture
def ctx(qapp, tmp_path: Path) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    context = make_context(tmp_path)
    yield context
    context.worker.shutdown()


@pytest.fixture
def guide_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "guides"
    (folder / "i18n" / "fr").mkdir(parents=True)
    (folder / "alfa-aanmelden.md").write_text(ALPHA, encoding="utf-8")
    (folder / "beta-itsme.md").write_text(BETA, encoding="utf-8")
    (folder / "i18n" / "fr" / "alfa-aanmelden.md").write_text(ALPHA_FR, encoding="utf-8")
    return folder


@pytest.fixture
def make_page(qtbot, ctx) -> Callable[..., GuidesPage]:  # type: ignore[no-untyped-def]
    """Build a GuidesPage on the given folders and wait until its library is loaded."""

    def make(dirs: list[Path] | None = None, *, show: bool = True) -> GuidesPage:
        page = GuidesPage(ctx, None, dirs=dirs)
        qtbot.addWidget(page)
        if page.library is None:
            with qtbot.waitSignal(page.library_loaded, timeout=10000):
                pass
        if show:
            page.resize(1100, 760)
            page.show()
            qtbot.waitExposed(page)
        return page

    return make


@pytest.fixture
def page(make_page, guide_dir: Path) -> GuidesPage:  # type: ignore[no-untyped-def]
    return make_page([guide_dir])
