"""The partner directory: who helps citizens with what, where and when.

Load with :func:`load_best_directory` (the shipped file plus any newer copy
from sync), then :func:`search` or :func:`suggest` by needs and municipality.
"""

from desk.domain.directory.loader import (
    DirectoryFileError,
    load_best_directory,
    load_directory,
    parse_directory,
)
from desk.domain.directory.model import (
    Directory,
    DirectoryProblem,
    Location,
    OpeningHours,
    OpeningSlot,
    Organization,
    Service,
    ServiceAtLocation,
)
from desk.domain.directory.search import Match, Proximity, search, suggest

__all__ = [
    "Directory",
    "DirectoryFileError",
    "DirectoryProblem",
    "Location",
    "Match",
    "OpeningHours",
    "OpeningSlot",
    "Organization",
    "Proximity",
    "Service",
    "ServiceAtLocation",
    "load_best_directory",
    "load_directory",
    "parse_directory",
    "search",
    "suggest",
]
