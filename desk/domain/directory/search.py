"""Find partner services for a citizen's needs, near where they live.

Ranking, in this order:

1. **Proximity**: a location in the citizen's own municipality first; then a
   location in a neighbouring municipality or a service whose
   ``service_area`` covers the municipality (regional services, home
   coaching); then everything else in the region.
2. **Needs covered**: more of the asked needs first.
3. Free services before paid ones, then by name (stable, predictable order).

Services that cover none of the asked needs are not returned.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import IntEnum

from desk.domain.directory.geography import REGION, neighbours
from desk.domain.directory.model import Directory, Location, Service

__all__ = ["Match", "Proximity", "search", "suggest"]


class Proximity(IntEnum):
    """How close a service is to the citizen; lower is better."""

    SAME_MUNICIPALITY = 0
    NEARBY = 1  # neighbouring municipality, or the service area covers it
    REGION = 2  # elsewhere in the region
    UNKNOWN = 3  # no municipality given


_REASONS = {
    Proximity.SAME_MUNICIPALITY: "in de eigen gemeente",
    Proximity.NEARBY: "in de buurt of voor de hele regio",
    Proximity.REGION: "elders in de regio",
    Proximity.UNKNOWN: "",
}


@dataclass(frozen=True)
class Match:
    """One service that fits, with its locations nearest first."""

    service: Service
    matched_needs: tuple[str, ...]
    missing_needs: tuple[str, ...]
    proximity: Proximity
    locations: tuple[Location, ...]

    @property
    def location(self) -> Location | None:
        """The best location to send the citizen to, if the service has one."""
        return self.locations[0] if self.locations else None

    @property
    def reason(self) -> str:
        """A short Dutch explanation for the list, e.g. "2 van 3 noden, in de eigen gemeente"."""
        asked = len(self.matched_needs) + len(self.missing_needs)
        parts = [f"{len(self.matched_needs)} van {asked} noden"]
        if _REASONS[self.proximity]:
            parts.append(_REASONS[self.proximity])
        return ", ".join(parts)


def _location_rank(location: Location, municipality: str | None) -> Proximity:
    if municipality is None:
        return Proximity.UNKNOWN
    if location.municipality == municipality:
        return Proximity.SAME_MUNICIPALITY
    if location.municipality in neighbours(municipality):
        return Proximity.NEARBY
    return Proximity.REGION


def _area_covers(service: Service, municipality: str) -> bool:
    return REGION in service.service_area or municipality in service.service_area


def search(
    directory: Directory,
    needs: Collection[str],
    municipality: str | None = None,
    *,
    limit: int | None = None,
) -> list[Match]:
    """Services covering at least one of *needs*, best first (see module doc).

    Args:
        directory: the loaded partner directory.
        needs: need codes from the referral (order does not matter).
        municipality: the citizen's municipality code, or ``None`` to rank
            on needs only.
        limit: return at most this many matches.
    """
    asked = tuple(dict.fromkeys(needs))
    matches: list[Match] = []
    for service in directory.services:
        matched = tuple(n for n in asked if n in service.needs)
        if not matched:
            continue
        locations = directory.locations_of(service.id)
        ranked = sorted(locations, key=lambda loc: (_location_rank(loc, municipality), loc.name))
        if municipality is None:
            proximity = Proximity.UNKNOWN
        else:
            proximity = min(
                (_location_rank(loc, municipality) for loc in ranked),
                default=Proximity.REGION,
            )
            if proximity > Proximity.NEARBY and _area_covers(service, municipality):
                proximity = Proximity.NEARBY
        if not ranked and municipality is not None and not _area_covers(service, municipality):
            continue  # a service without locations only helps inside its area
        matches.append(
            Match(
                service=service,
                matched_needs=matched,
                missing_needs=tuple(n for n in asked if n not in matched),
                proximity=proximity,
                locations=tuple(ranked),
            )
        )
    matches.sort(
        key=lambda m: (
            m.proximity,
            -len(m.matched_needs),
            not m.service.cost.free,
            m.service.name.casefold(),
            m.service.id,
        )
    )
    return matches if limit is None else matches[:limit]


def suggest(
    directory: Directory, needs: Collection[str], municipality: str | None = None
) -> Match | None:
    """The service to pre-select in the referral form, or ``None``.

    This is the first :func:`search` result: staff can always pick another.
    """
    found = search(directory, needs, municipality, limit=1)
    return found[0] if found else None
