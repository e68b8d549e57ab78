from __future__ import annotations

import pytest

from desk.domain.contact import (
    InvalidContactError,
    email_problem,
    format_phone,
    is_belgian_mobile,
    normalise_email,
    normalise_phone,
    phone_problem,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("056 12 34 56", "+3256123456"),
        ("056/12.34.56", "+3256123456"),
        ("0470 12 34 56", "+32470123456"),
        ("+32 470 12 34 56", "+32470123456"),
        ("+32 (0)470 12 34 56", "+32470123456"),
        ("0032 470 12 34 56", "+32470123456"),
        ("02 123 45 67", "+3221234567"),
        ("+33 6 12 34 56 78", "+33612345678"),
        ("0031 20 123 4567", "+31201234567"),
    ],
)
def test_phone_numbers_are_normalised_to_e164(raw: str, expected: str) -> None:
    assert normalise_phone(raw) == expected


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("", "Vul een telefoonnummer in"),
        ("0470 12 34 5a", "alleen cijfers"),
        ("bel me", "alleen cijfers"),
        ("056 12 34", "te kort"),
        ("0470 12 34 56 78", "te lang"),
        ("+32 0470 12 34 56", "Na +32 komt geen 0"),
        ("470123456", "Begin het nummer met 0"),
        ("+1234", "te kort"),
        ("+1234567890123456", "te lang"),
    ],
)
def test_impossible_phone_numbers_get_a_dutch_reason(raw: str, fragment: str) -> None:
    with pytest.raises(InvalidContactError) as err:
        normalise_phone(raw)
    assert fragment in str(err.value)
    assert phone_problem(raw) == str(err.value)


def test_phone_problem_is_none_for_a_good_number() -> None:
    assert phone_problem("056 12 34 56") is None


@pytest.mark.parametrize(
    ("number", "shown"),
    [
        ("+3256123456", "056 12 34 56"),
        ("+32470123456", "0470 12 34 56"),
        ("+3221234567", "02 123 45 67"),
        ("+3292345678", "09 234 56 78"),
        ("+33612345678", "+336 123 456 78"),
        ("not a number", "not a number"),
    ],
)
def test_numbers_are_shown_the_belgian_way(number: str, shown: str) -> None:
    assert format_phone(number) == shown


def test_belgian_mobile_detection() -> None:
    assert is_belgian_mobile("+32470123456")
    assert not is_belgian_mobile("+3256123456")
    assert not is_belgian_mobile("+33612345678")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Jan.Peeters@Example.ORG ", "Jan.Peeters@example.org"),
        ("a+b@sub.example.be", "a+b@sub.example.be"),
    ],
)
def test_email_is_trimmed_with_lower_case_domain(raw: str, expected: str) -> None:
    assert normalise_email(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "jan",
        "jan@",
        "@example.org",
        "jan@@example.org",
        "jan peeters@example.org",
        "jan@example",
        "jan..p@example.org",
        "jan@-example.org",
    ],
)
def test_bad_email_addresses_are_refused(raw: str) -> None:
    assert email_problem(raw) is not None
