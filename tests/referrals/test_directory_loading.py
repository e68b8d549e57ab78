from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from desk.domain.directory import Directory, DirectoryFileError, load_best_directory, load_directory
from desk.domain.vocab import MUNICIPALITIES, NEEDS

from .helpers import RESOURCES

SHIPPED = RESOURCES / "directory" / "partners.json"


def shipped_data() -> dict[str, Any]:
    return json.loads(SHIPPED.read_text(encoding="utf-8"))


def write(tmp_path: Path, data: Any, name: str = "partners.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_shipped_directory_loads_without_problems(directory: Directory) -> None:
    assert directory.problems == ()
    assert directory.version >= 1
    assert len(directory.services) >= 5


def test_shipped_directory_covers_every_need_and_several_municipalities(
    directory: Directory,
) -> None:
    covered = {need for service in directory.services for need in service.needs}
    assert covered == set(NEEDS)
    municipalities = {loc.municipality for loc in directory.locations}
    assert len(municipalities) >= 6
    assert municipalities <= set(MUNICIPALITIES)


def test_shipped_entries_are_clearly_fictional(directory: Directory) -> None:
    for org in directory.organizations:
        assert "fictie" in org.name.lower(), org.name
    for service in directory.services:
        assert "fictie" in service.name.lower(), service.name
    for loc in directory.locations:
        assert "fictie" in loc.name.lower(), loc.name
        assert any(word in loc.address.street for word in ("Voorbeeld", "Proef", "Fictie"))
    contacts = [s.contact for s in directory.services] + [
        loc.contact for loc in directory.locations
    ]
    for contact in contacts:
        if contact.email:
            assert contact.email.endswith("@example.org")
        if contact.phone:
            # Belgian subscriber numbers never start with 0: +32 56 00 ... is unassigned.
            assert contact.phone.startswith("+32560000"), contact.phone


def test_one_bad_entry_is_skipped_and_named_by_file_and_json_path(tmp_path: Path) -> None:
    data = shipped_data()
    data["services"][3]["needs"] = [data["services"][3]["needs"][0], "x"]
    path = write(tmp_path, data)

    loaded = load_directory(path)

    assert str(loaded.problems[0]) == (
        'partners.json: services[3].needs[1]: onbekende nood "x"; item overgeslagen'
    )
    bad_id = data["services"][3]["id"]
    assert loaded.service(bad_id) is None
    assert len(loaded.services) == len(data["services"]) - 1
    # Links to the skipped service are skipped too, and say why.
    assert any(
        p.path.startswith("service_at_location[") and bad_id in p.message for p in loaded.problems
    )


@pytest.mark.parametrize(
    ("mutate", "path", "fragment"),
    [
        (
            lambda d: d["locations"][0]["contact"].update(phone="abc"),
            "locations[0].contact.phone",
            "ongeldig telefoonnummer",
        ),
        (
            lambda d: d["locations"][1]["contact"].update(email="geen-mail"),
            "locations[1].contact.email",
            "ongeldig e-mailadres",
        ),
        (
            lambda d: d["locations"][2].update(municipality="gent"),
            "locations[2].municipality",
            'onbekende gemeente "gent"',
        ),
        (
            lambda d: d["locations"][0]["opening_hours"]["regular"][0].update(weekday="maandag"),
            "locations[0].opening_hours.regular[0].weekday",
            "onbekende dag",
        ),
        (
            lambda d: d["locations"][0]["opening_hours"]["regular"][0].update(to="08:00"),
            "locations[0].opening_hours.regular[0]",
            "ligt niet na",
        ),
        (
            lambda d: d["locations"][0]["opening_hours"]["regular"][0].update(**{"from": "9u"}),
            "locations[0].opening_hours.regular[0].from",
            "verwacht een uur",
        ),
        (
            lambda d: d["locations"][3].update(last_verified="gisteren"),
            "locations[3].last_verified",
            "verwacht een datum",
        ),
        (
            lambda d: d["locations"][3]["address"].update(postal_code="85OO"),
            "locations[3].address.postal_code",
            "4 cijfers",
        ),
        (lambda d: d["services"][0].pop("name"), "services[0].name", "ontbreekt"),
        (
            lambda d: d["services"][0].update(organization_id="org-x"),
            "services[0].organization_id",
            'onbekende organisatie "org-x"',
        ),
        (
            lambda d: d["services"][1].update(languages=["Nederlands"]),
            "services[1].languages[0]",
            "onbekende taalcode",
        ),
        (
            lambda d: d["services"][1]["cost"].update(free="ja"),
            "services[1].cost.free",
            "true of false",
        ),
        (
            lambda d: d["services"][2].update(service_area=["brugge"]),
            "services[2].service_area[0]",
            "onbekende gemeente",
        ),
        (
            lambda d: d["services"].append(copy.deepcopy(d["services"][0])),
            "services[7].id",
            "dubbele id",
        ),
        (
            lambda d: d["organizations"].append("tekst"),
            "organizations[6]",
            "verwacht een object",
        ),
        (
            lambda d: d["service_at_location"][0].update(location_id="loc-x"),
            "service_at_location[0].location_id",
            'locatie "loc-x"',
        ),
    ],
)
def test_entry_errors_name_the_json_path(
    tmp_path: Path, mutate: Any, path: str, fragment: str
) -> None:
    data = shipped_data()
    mutate(data)
    loaded = load_directory(write(tmp_path, data))
    matching = [p for p in loaded.problems if p.path == path]
    assert matching, [str(p) for p in loaded.problems]
    assert fragment in matching[0].message
    assert str(matching[0]).startswith(f"partners.json: {path}: ")
    # Everything else still loads.
    assert len(loaded.services) >= len(data["services"]) - 2
    assert len(loaded.locations) >= len(data["locations"]) - 1


def test_unknown_keys_are_ignored_for_forward_compatibility(tmp_path: Path) -> None:
    data = shipped_data()
    data["taxonomies"] = []
    data["services"][0]["future_field"] = {"a": 1}
    assert load_directory(write(tmp_path, data)).problems == ()


def test_invalid_json_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "partners.json"
    path.write_text('{\n  "version": 2,\n  "services": [,]\n}\n', encoding="utf-8")
    with pytest.raises(DirectoryFileError) as err:
        load_directory(path)
    assert err.value.line == 3
    assert str(err.value).startswith("partners.json:3: geen geldige JSON")


@pytest.mark.parametrize("version", [None, "2", 0, True, 1.5])
def test_missing_or_bad_version_refuses_the_file(tmp_path: Path, version: Any) -> None:
    data = shipped_data()
    if version is None:
        del data["version"]
    else:
        data["version"] = version
    with pytest.raises(DirectoryFileError, match="version"):
        load_directory(write(tmp_path, data))


def test_the_highest_version_wins(tmp_path: Path) -> None:
    newer = shipped_data()
    newer["version"] = 7
    newer["services"] = newer["services"][:2]
    synced = write(tmp_path, newer, "synced.json")

    best = load_best_directory([synced, SHIPPED])
    assert best.version == 7 and best.source == synced
    assert len(best.services) == 2
    # Order does not matter for different versions.
    assert load_best_directory([SHIPPED, synced]).version == 7


def test_equal_versions_prefer_the_first_candidate(tmp_path: Path) -> None:
    copy_path = write(tmp_path, shipped_data(), "synced.json")
    assert load_best_directory([copy_path, SHIPPED]).source == copy_path


def test_a_broken_newer_file_falls_back_and_is_reported(tmp_path: Path) -> None:
    broken = tmp_path / "synced.json"
    broken.write_text('{"version": 9, ', encoding="utf-8")
    best = load_best_directory([broken, SHIPPED])
    assert best.source == SHIPPED
    assert any(p.file == "synced.json" and "niet gebruikt" in p.message for p in best.problems)


def test_a_missing_synced_file_is_not_a_problem(tmp_path: Path) -> None:
    best = load_best_directory([tmp_path / "not-yet-synced.json", SHIPPED])
    assert best.source == SHIPPED and best.problems == ()


def test_no_usable_candidate_raises_with_every_reason(tmp_path: Path) -> None:
    broken = tmp_path / "synced.json"
    broken.write_text("[]", encoding="utf-8")
    with pytest.raises(DirectoryFileError) as err:
        load_best_directory([broken, tmp_path / "missing.json"])
    assert "synced.json" in str(err.value) and "missing.json" in str(err.value)
