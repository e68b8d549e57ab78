"""The partner directory as immutable objects (after Open Referral HSDS).

HSDS splits the world into organisations, the services they offer, the
locations where they offer them and the links between services and
locations. We keep that split so a newer directory from the central API can
map onto it one to one. The file format is documented in
``resources/directory/README.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

#: Weekday codes in the file, Monday first (``date.weekday()`` order).
WEEKDAYS: tuple[str, ...] = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)


@dataclass(frozen=True)
class Contact:
    """How to reach an organisation, service or location. All parts optional."""

    phone: str = ""  # E.164 after loading
    email: str = ""
    url: str = ""
    name: str = ""

    def is_empty(self) -> bool:
        return not (self.phone or self.email or self.url or self.name)


@dataclass(frozen=True)
class Address:
    street: str
    postal_code: str
    municipality: str  # as written on the letter, e.g. "Kortrijk"


@dataclass(frozen=True)
class OpeningSlot:
    """One opening period: ``weekday`` from ``opens`` to ``closes`` (``HH:MM``)."""

    weekday: str
    opens: str
    closes: str


@dataclass(frozen=True)
class OpeningHours:
    slots: tuple[OpeningSlot, ...] = ()
    note: str = ""  # free text, e.g. "Op afspraak in de schoolvakanties."


@dataclass(frozen=True)
class Accessibility:
    wheelchair: bool | None = None  # None: not known
    note: str = ""


@dataclass(frozen=True)
class Cost:
    free: bool
    text: str = ""


@dataclass(frozen=True)
class Organization:
    id: str
    name: str
    description: str
    url: str = ""


@dataclass(frozen=True)
class Service:
    id: str
    organization_id: str
    name: str
    description: str
    needs: tuple[str, ...]
    languages: tuple[str, ...]
    cost: Cost
    eligibility: str
    what_to_bring: tuple[str, ...]
    contact: Contact
    #: Municipality codes served besides the locations' own, or ``("regio",)``
    #: for services open to the whole region (e.g. home coaching).
    service_area: tuple[str, ...] = ()


@dataclass(frozen=True)
class Location:
    id: str
    organization_id: str
    name: str
    address: Address
    municipality: str  # code from the contracts vocabulary, e.g. "kortrijk"
    opening_hours: OpeningHours
    languages: tuple[str, ...]
    accessibility: Accessibility
    contact: Contact
    last_verified: date


@dataclass(frozen=True)
class ServiceAtLocation:
    id: str
    service_id: str
    location_id: str


@dataclass(frozen=True)
class DirectoryProblem:
    """One entry (or file) that could not be used; the rest still loads.

    ``str(problem)`` reads ``partners.json: services[3].needs[1]: onbekende nood "x"``.
    """

    file: str
    path: str  # JSON path, e.g. "services[3].needs[1]"; "" for the whole file
    message: str  # Dutch

    def __str__(self) -> str:
        where = f"{self.file}: {self.path}" if self.path else self.file
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Directory:
    """A loaded directory. ``problems`` lists every entry that was skipped."""

    version: int
    published_at: datetime | None
    organizations: tuple[Organization, ...]
    services: tuple[Service, ...]
    locations: tuple[Location, ...]
    links: tuple[ServiceAtLocation, ...]
    source: Path | None = None
    problems: tuple[DirectoryProblem, ...] = ()
    _services: dict[str, Service] = field(default_factory=dict, repr=False, compare=False)
    _locations: dict[str, Location] = field(default_factory=dict, repr=False, compare=False)
    _orgs: dict[str, Organization] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._services.update({s.id: s for s in self.services})
        self._locations.update({loc.id: loc for loc in self.locations})
        self._orgs.update({o.id: o for o in self.organizations})

    def service(self, service_id: str) -> Service | None:
        return self._services.get(service_id)

    def location(self, location_id: str) -> Location | None:
        return self._locations.get(location_id)

    def organization(self, organization_id: str) -> Organization | None:
        return self._orgs.get(organization_id)

    def locations_of(self, service_id: str) -> tuple[Location, ...]:
        """The locations where *service_id* is offered, in file order."""
        found = []
        for link in self.links:
            if link.service_id == service_id:
                loc = self._locations.get(link.location_id)
                if loc is not None:
                    found.append(loc)
        return tuple(found)
