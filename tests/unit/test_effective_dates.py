"""The day a measure takes effect, read from a headline (made-up phrasings, never a labelled
row's words)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from tui.engine.effective_dates import closest_year, effective_date, tied_date

PUB = datetime(2031, 5, 20, 14, 30, tzinfo=timezone.utc)  # a Tuesday


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Ruritania raises zinc import duty to 15% from June 4", date(2031, 6, 4)),
        ("Freedonia to tax nickel exports from 1 January 2032", date(2032, 1, 1)),
        ("Levy on cobalt shipments effective June 1", date(2031, 6, 1)),
        ("Tin export permits required effective from Sept. 15", date(2031, 9, 15)),
        ("Quota on lithium ore with effect from 1st July", date(2031, 7, 1)),
        ("Graphite licences needed starting July 2", date(2031, 7, 2)),
        ("Graphite licences needed starting on July 2nd", date(2031, 7, 2)),
        ("Surtax on copper wire beginning Aug 10", date(2031, 8, 10)),
        ("Alumina export ban as of 1 July, ministry says", date(2031, 7, 1)),
        ("Alumina export ban as from 3rd June", date(2031, 6, 3)),
        ("New tungsten tariffs take effect on Aug. 1", date(2031, 8, 1)),
        ("Steel duty will take effect June 30", date(2031, 6, 30)),
        ("Brass curbs to take effect on the 1st of July", date(2031, 7, 1)),
        ("Silver export tax comes into force on 12 June", date(2031, 6, 12)),
        ("Platinum rules come into force from June 15, 2031", date(2031, 6, 15)),
        ("Zinc anti-dumping duty enters into force on 2 Jul", date(2031, 7, 2)),
        ("Lead quota kicks in on June 9", date(2031, 6, 9)),
        ("Copper export levy goes into effect Oct. 1", date(2031, 10, 1)),
        ("Tariff on bauxite rises to 30%, effective Wednesday", date(2031, 5, 21)),
        ("Tariff on bauxite rises to 30% from Friday, May 23", date(2031, 5, 23)),
        ("Gold export duty from tomorrow", date(2031, 5, 21)),
        ("Cobalt export quota applies from 2031-07-01", date(2031, 7, 1)),
        ("Nickel ore export ban, effective 1 January 2033, confirmed", date(2033, 1, 1)),
        ("Chromium export ban in force from June 1", date(2031, 6, 1)),
        # a tied date just before publication: the measure began then (the news is late)
        ("Zinc duty took effect May 12, customs says", date(2031, 5, 12)),
    ],
)
def test_title_forms(title: str, expected: date) -> None:
    assert effective_date(title, "", PUB) == expected


@pytest.mark.parametrize(
    "title",
    [
        # a date not tied to taking effect
        "After March 4 talks, Ruritania bans tin exports",
        "Ruritania bans tin exports ahead of June 4 deadline",
        "Ruritania bans tin exports, signed on May 30",
        "Tin export ban by June 30, ministry says",
        # a date naming an event, a document or a price level
        "Copper slips from June 4 peak as tariff looms",
        "Copper slips from the June 4 high as tariff looms",
        "Duties follow from June 2 talks between the two sides",
        "Tin curbs stem from May 3 proclamation",
        "Gold retreats from Monday's record on export duty news",
        # too vague: no day, month or year named
        "Freedonia to tax nickel exports from next month",
        "Freedonia to tax nickel exports starting next week",
        # numbers that are not dates
        "Duty on tin raised from 10% to 25%",
        "Zinc duty cut from 25 percent",
        "Tariff on steel takes effect",
        "Effective tariff rate on aluminium rises to 18%",
        # an impossible day
        "Duty on silver from February 30",
    ],
)
def test_no_effective_date(title: str) -> None:
    assert effective_date(title, "", PUB) is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a start told by "start"/"begin": the measure's day, as "takes effect" is
        ("Freedonia confirms tin ore export ban will start Jan 1, 2033", date(2033, 1, 1)),
        ("Ruritania's lithium levy to begin on July 1", date(2031, 7, 1)),
        ("Zinc import licences begin June 2, ministry says", date(2031, 6, 2)),
        ("Cobalt quota system shall commence 1 August 2031", date(2031, 8, 1)),
        ("Copper export duty starts Monday", date(2031, 5, 26)),
        ("Tungsten curbs started May 18, customs says", date(2031, 5, 18)),
    ],
)
def test_a_start_or_a_beginning_ties_its_date(title: str, expected: date) -> None:
    assert effective_date(title, "", PUB) == expected


@pytest.mark.parametrize(
    "title",
    [
        # what starts or begins is not the measure: its date is no start of one
        "Tin talks to begin June 4 as export ban bites",
        "Ruritania starts June 4 review of zinc duty",
        "Copper output began 2031 higher despite levy",
    ],
)
def test_a_beginning_of_something_else_is_no_start(title: str) -> None:
    assert effective_date(title, "", PUB) is None


def test_a_date_without_a_year_takes_the_closest_year() -> None:
    december = datetime(2031, 12, 20, tzinfo=timezone.utc)
    assert effective_date("Duty on lead from Jan 1", "", december) == date(2032, 1, 1)
    january = datetime(2032, 1, 3, tzinfo=timezone.utc)
    # Dec 31 is closer last year than next: read as four days back (within the past window)
    assert effective_date("Lead tax took effect Dec. 30", "", january) == date(2031, 12, 30)
    assert closest_year(2, 29, date(2031, 3, 1)) == date(2032, 2, 29)
    assert closest_year(6, 4, date(2031, 5, 30)) == date(2031, 6, 4)


def test_a_yearless_date_needs_a_publication_day() -> None:
    assert effective_date("Duty on lead from Jan 1", "", None) is None
    assert effective_date("Duty on lead from Jan 1, 2032", "", None) == date(2032, 1, 1)


def test_a_title_date_far_before_publication_is_an_earlier_step() -> None:
    # the 2029 measure the news is about to change: not this news' start
    assert (
        effective_date("Tin duty in force since 2029, from 1 March 2029, to double", "", PUB)
        is None
    )


def test_the_title_before_the_summary() -> None:
    summary = "The duty applies from July 1. Officials said so on Monday."
    assert effective_date("Zinc levy from June 10", summary, PUB) == date(2031, 6, 10)
    assert effective_date("Ruritania imposes zinc levy", summary, PUB) == date(2031, 7, 1)


def test_the_summary_lede_only_and_never_a_past_day() -> None:
    late = "Ruritania announced the levy. It follows talks. The levy applies from July 1."
    assert effective_date("Ruritania imposes zinc levy", late, PUB) is None
    past = "The previous levy, which took effect on May 12, is doubled."
    assert effective_date("Ruritania doubles zinc levy", past, PUB) is None
    assert effective_date("Ruritania doubles zinc levy", "", PUB) is None


def test_the_first_tied_date_counts() -> None:
    text = "Duty on tin imports from 1 July, rising again from 1 October"
    assert tied_date(text, date(2031, 5, 20)) == date(2031, 7, 1)
    assert tied_date("Imports from China rose. Quota from 5 June", date(2031, 5, 20)) == date(
        2031, 6, 5
    )


def test_a_publication_date_is_read_in_utc() -> None:
    late_evening = datetime.fromisoformat("2031-05-20T23:30:00-05:00")  # 21 May in UTC
    assert effective_date("Duty on tin takes effect today", "", late_evening) == date(2031, 5, 21)
    assert effective_date("Duty on tin takes effect today", "", date(2031, 5, 20)) == date(
        2031, 5, 20
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Zinc duty effective Tuesday", date(2031, 5, 20)),  # the day it was published
        ("Zinc duty effective Friday", date(2031, 5, 23)),
        ("Zinc duty from Saturday", date(2031, 5, 24)),  # four days on: the coming one
        ("Zinc exports halted from Monday", date(2031, 5, 19)),  # six days on: the last one
        ("Zinc duty took effect Monday", date(2031, 5, 19)),
        ("Zinc duty took effect Thursday", date(2031, 5, 15)),  # past tense: the last one
        ("Zinc duty takes effect Monday", date(2031, 5, 26)),  # present tense: the next one
        ("Zinc curbs kick in on Sunday", date(2031, 5, 25)),
    ],
)
def test_a_weekday_is_read_around_publication(title: str, expected: date) -> None:
    assert effective_date(title, "", PUB) == expected


def test_a_future_phrase_without_a_year_never_means_months_ago() -> None:
    """ "will take effect Jan 1" published in July is next January (the closest January, six
    months back, is not meant); "took effect March 1" stays in the past and is not read."""
    july = date(2025, 7, 3)
    assert effective_date("Nickel export tax will take effect Jan 1", "", july) == date(2026, 1, 1)
    assert effective_date("Copper duty from 1 January", "", july) == date(2026, 1, 1)
    assert effective_date("Zinc duty took effect March 1", "", july) is None


def test_a_month_or_a_year_alone_counts_from_its_first_day() -> None:
    """ "from June 2032" is not in force before June begins; "from 2033", before the year."""
    assert effective_date("Freedonia to ban bauxite exports from June 2032", "", PUB) == date(
        2032, 6, 1
    )
    assert effective_date("Freedonia to tax nickel exports starting in 2033", "", PUB) == date(
        2033, 1, 1
    )
    assert effective_date("Freedonia to tax nickel exports from 2033", "", PUB) == date(2033, 1, 1)
    # a month with no year: the closest one not long gone (published on 20 May 2031)
    assert effective_date("Freedonia to tax nickel exports from July", "", PUB) == date(2031, 7, 1)
    assert effective_date("Freedonia to tax nickel exports from January", "", PUB) == date(
        2032, 1, 1
    )
    # a rate or a level is no year
    assert effective_date("Freedonia raises duty from 2030 levels", "", PUB) is None


def test_a_summary_month_without_a_year_is_no_start() -> None:
    """A summary's "from May to November" tells a past window as often as a start: a month with
    neither day nor year counts only in the title; with a year it counts in the summary too."""
    past = "An export duty was implemented on steel intermediates from May to November."
    assert effective_date("Freedonia scraps steel export duty", past, PUB) is None
    dated = "The ban on unprocessed ore exports takes effect from January 2032."
    assert effective_date("Freedonia approves ore export ban", dated, PUB) == date(2032, 1, 1)


def test_a_placeholder_publication_date_reads_no_day() -> None:
    """0001-01-01 (.NET's empty date) or 9999-12-31: no year to read a day by, never a crash."""
    for published in (date(1, 1, 1), date(9999, 12, 31)):
        assert effective_date("US imposes 25% tariff on copper from June 4", "", published) is None
        assert effective_date("Tariff takes effect Monday", "", published) is None
