"""The day a measure ends, as a headline gives it (tui.engine.end_dates), in made-up phrasings:
a day or a month's end written without its year is the next one on or after publication, and
"to" ends a measure only where the text makes it last longer."""

from __future__ import annotations

from datetime import date

import pytest

from tui.engine.end_dates import end_date

DECEMBER = date(2031, 12, 4)  # published in December: a March with no year is next March's
APRIL = date(2032, 4, 9)  # published after March 31: the next March 31 is a year on


@pytest.mark.parametrize(
    ("title", "published", "want"),
    [
        ("Ruritania extends zinc import quota to March 31", DECEMBER, date(2032, 3, 31)),
        ("Freedonia's tin ore ban extended to 31 March", DECEMBER, date(2032, 3, 31)),
        ("Ruritania prolongs nickel export duty to Jan. 15", DECEMBER, date(2032, 1, 15)),
        ("Freedonia renews zinc safeguard to June 30, 2033", DECEMBER, date(2033, 6, 30)),
        ("Ruritania extends lead quota to March 31", APRIL, date(2033, 3, 31)),
        ("Freedonia keeps tin curbs until end-March", DECEMBER, date(2032, 3, 31)),
        ("Ruritania extends zinc levy until the end of June", APRIL, date(2032, 6, 30)),
        ("Freedonia extends copper export ban to end-February", DECEMBER, date(2032, 2, 29)),
        ("Ruritania lead duty waiver extended until year-end", APRIL, date(2032, 12, 31)),
    ],
)
def test_a_day_or_a_months_end_without_its_year_is_the_next_one(
    title: str, published: date, want: date
) -> None:
    assert end_date(title, "", published) == want


@pytest.mark.parametrize(
    "title",
    [
        "Ruritania extends zinc quota to 25%",  # a rate
        "Freedonia extends tin tariffs to Mexico",  # a place
        "Ruritania extends nickel levy to May",  # a month alone
        "Freedonia raises tin duty to March 31 levels",  # no longer, a level (no extension)
        "Ruritania cuts zinc duty to 5% from March 31",  # a start, not an end
        "Freedonia tin exports rose through March",  # a stretch looked back on
    ],
)
def test_to_ends_a_measure_only_when_it_is_made_to_last_longer(title: str) -> None:
    assert end_date(title, "", DECEMBER) is None


def test_a_day_without_a_year_needs_a_publication_day() -> None:
    assert end_date("Ruritania extends zinc quota to March 31", "", None) is None
    assert end_date("Freedonia keeps tin curbs until end-March", "", None) is None
    assert end_date("Freedonia keeps tin curbs until end-March 2033", "", None) == date(2033, 3, 31)
