"""Which municipalities of South-West Flanders border each other.

Used only to rank partner services: a help point one village away is a
better suggestion than one at the other end of the region. The table is
symmetric by construction (see :func:`neighbours`). Borders with
municipalities outside the 13 (Ledegem, Izegem, Mouscron, ...) are left out
because the directory only covers the region.
"""

from __future__ import annotations

from typing import Final

from desk.domain.vocab import MUNICIPALITIES

_BORDERS: Final[tuple[tuple[str, str], ...]] = (
    ("anzegem", "avelgem"),
    ("anzegem", "deerlijk"),
    ("anzegem", "waregem"),
    ("anzegem", "zwevegem"),
    ("avelgem", "spiere-helkijn"),
    ("avelgem", "zwevegem"),
    ("deerlijk", "harelbeke"),
    ("deerlijk", "waregem"),
    ("deerlijk", "zwevegem"),
    ("harelbeke", "kortrijk"),
    ("harelbeke", "kuurne"),
    ("harelbeke", "lendelede"),
    ("harelbeke", "waregem"),
    ("harelbeke", "zwevegem"),
    ("kortrijk", "kuurne"),
    ("kortrijk", "lendelede"),
    ("kortrijk", "menen"),
    ("kortrijk", "wevelgem"),
    ("kortrijk", "zwevegem"),
    ("kuurne", "lendelede"),
    ("menen", "wervik"),
    ("menen", "wevelgem"),
    ("spiere-helkijn", "zwevegem"),
)


def _build() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {code: set() for code in MUNICIPALITIES}
    for a, b in _BORDERS:
        table[a].add(b)
        table[b].add(a)
    return {code: frozenset(others) for code, others in table.items()}


NEIGHBOURS: Final[dict[str, frozenset[str]]] = _build()

#: The value of a service's ``service_area`` meaning "the whole region".
REGION: Final = "regio"


def neighbours(municipality: str) -> frozenset[str]:
    """The municipalities that border *municipality* (empty if unknown)."""
    return NEIGHBOURS.get(municipality, frozenset())
