from __future__ import annotations

from typing import Any

from desk.domain.directory import Directory, Proximity, parse_directory, search, suggest


def _service(
    sid: str, needs: list[str], *, free: bool = True, area: list[str] | None = None
) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": sid,
        "organization_id": "org",
        "name": f"Dienst {sid}",
        "description": "d",
        "needs": needs,
        "languages": ["nl"],
        "cost": {"free": free, "text": ""},
    }
    if area is not None:
        entry["service_area"] = area
    return entry


def _location(lid: str, municipality: str) -> dict[str, Any]:
    return {
        "id": lid,
        "organization_id": "org",
        "name": f"Locatie {lid}",
        "address": {
            "street": "Voorbeeldstraat 1",
            "postal_code": "8500",
            "municipality": municipality,
        },
        "municipality": municipality,
        "languages": ["nl"],
        "last_verified": "2026-10-01",
    }


def build(
    services: list[dict[str, Any]], locations: list[dict[str, Any]], links: list[tuple[str, str]]
) -> Directory:
    directory = parse_directory(
        {
            "version": 1,
            "organizations": [{"id": "org", "name": "Org (fictief)", "description": "d"}],
            "services": services,
            "locations": locations,
            "service_at_location": [
                {"id": f"l{i}", "service_id": s, "location_id": loc}
                for i, (s, loc) in enumerate(links)
            ],
        }
    )
    assert directory.problems == (), directory.problems
    return directory


def ids(matches: list[Any]) -> list[str]:
    return [m.service.id for m in matches]


def test_same_municipality_comes_before_neighbours_and_the_rest_of_the_region() -> None:
    d = build(
        [
            _service("far", ["smartphone"]),
            _service("near", ["smartphone"]),
            _service("here", ["smartphone"]),
        ],
        [_location("a", "wervik"), _location("b", "kuurne"), _location("c", "kortrijk")],
        [("far", "a"), ("near", "b"), ("here", "c")],
    )
    found = search(d, ["smartphone"], "kortrijk")
    assert ids(found) == ["here", "near", "far"]
    assert [m.proximity for m in found] == [
        Proximity.SAME_MUNICIPALITY,
        Proximity.NEARBY,
        Proximity.REGION,
    ]
    assert found[0].reason == "1 van 1 noden, in de eigen gemeente"


def test_regional_services_rank_with_neighbours() -> None:
    d = build(
        [_service("regional", ["smartphone"], area=["regio"]), _service("far", ["smartphone"])],
        [_location("a", "waregem"), _location("b", "waregem")],
        [("regional", "a"), ("far", "b")],
    )
    # From Wervik, Waregem is not a neighbour: only the regional service is "nearby".
    found = search(d, ["smartphone"], "wervik")
    assert ids(found) == ["regional", "far"]
    assert found[0].proximity is Proximity.NEARBY


def test_service_area_without_location_only_shows_inside_its_area() -> None:
    d = build([_service("home", ["smartphone"], area=["menen", "wervik"])], [], [])
    assert ids(search(d, ["smartphone"], "menen")) == ["home"]
    assert search(d, ["smartphone"], "kortrijk") == []


def test_within_a_tier_more_matching_needs_come_first_then_free() -> None:
    d = build(
        [
            _service("one", ["smartphone"]),
            _service("two_paid", ["smartphone", "email"], free=False),
            _service("two_free", ["smartphone", "email"]),
        ],
        [_location("a", "kortrijk")],
        [("one", "a"), ("two_paid", "a"), ("two_free", "a")],
    )
    found = search(d, ["smartphone", "email", "egov"], "kortrijk")
    assert ids(found) == ["two_free", "two_paid", "one"]
    assert found[0].matched_needs == ("smartphone", "email")
    assert found[0].missing_needs == ("egov",)


def test_services_without_any_asked_need_are_left_out() -> None:
    d = build(
        [_service("lend", ["device_lending"]), _service("phone", ["smartphone"])],
        [_location("a", "kortrijk")],
        [("lend", "a"), ("phone", "a")],
    )
    assert ids(search(d, ["device_lending"], "kortrijk")) == ["lend"]
    assert search(d, ["affordable_internet"], "kortrijk") == []


def test_locations_of_a_match_are_nearest_first() -> None:
    d = build(
        [_service("s", ["smartphone"])],
        [_location("far", "wervik"), _location("here", "menen"), _location("near", "wevelgem")],
        [("s", "far"), ("s", "here"), ("s", "near")],
    )
    match = search(d, ["smartphone"], "menen")[0]
    # Wevelgem and Wervik both border Menen: same tier, then by name.
    assert [loc.id for loc in match.locations] == ["here", "far", "near"]
    assert match.location is not None and match.location.id == "here"


def test_without_municipality_ranking_is_by_needs() -> None:
    d = build(
        [_service("one", ["smartphone"]), _service("two", ["smartphone", "email"])],
        [_location("a", "kortrijk")],
        [("one", "a"), ("two", "a")],
    )
    assert ids(search(d, ["smartphone", "email"])) == ["two", "one"]


def test_suggest_returns_the_best_match_or_none() -> None:
    d = build(
        [_service("far", ["smartphone", "email"]), _service("here", ["smartphone"])],
        [_location("a", "avelgem"), _location("b", "zwevegem")],
        [("far", "a"), ("here", "b")],
    )
    best = suggest(d, ["smartphone", "email"], "zwevegem")
    assert best is not None and best.service.id == "here"
    assert suggest(d, ["online_banking"], "zwevegem") is None


def test_shipped_directory_suggests_something_for_every_need_everywhere(
    directory: Directory,
) -> None:
    from desk.domain.vocab import MUNICIPALITIES, NEEDS

    for municipality in MUNICIPALITIES:
        for need in NEEDS:
            assert suggest(directory, [need], municipality) is not None, (need, municipality)


def test_limit() -> None:
    d = build(
        [_service("a", ["smartphone"]), _service("b", ["smartphone"])],
        [_location("x", "kortrijk")],
        [("a", "x"), ("b", "x")],
    )
    assert len(search(d, ["smartphone"], "kortrijk", limit=1)) == 1
