"""The policy board over sequences session 17 found wrong, as a watcher sees them arrive,
in made-up phrasings (Freedonia-like places are real codes here, the words are not any labelled
headline's): a report that a measure stays in force after the other side's lift, an end date
given with no year, and an import measure told without the word "import" beside the other
side's lift. Each story is stored on its day into a real store and the board read through the
snapshot."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_board_sequences import _config
from test_board_sequences_2 import Reader

from tui.store import Store

STAYS = [
    "US tariffs on Chinese aluminium to remain",
    "Washington says its duties on Chinese aluminium will stay",
    "US duties on aluminium from China stay in place",
    "US tariff on Chinese aluminium remains in force",
]


@pytest.mark.parametrize("stays", STAYS)
def test_a_measure_said_to_stay_keeps_its_start_past_the_other_sides_lift(
    tmp_path: Path, stays: str
) -> None:
    """The US's 25% duty on Chinese aluminium, then China's export ban and its lift, then a
    report that the US duty stays: the row is the duty since the day it began, at its rate
    (it held all along; the lift was China's), not a new duty from the report's day."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Reader(store, _config("aluminium"))
        w.publish("2019-04-02", "wire", "US imposes 25% tariff on Chinese aluminium")
        w.publish("2024-06-11", "paper", "China bans aluminium exports to the United States")
        w.publish("2025-02-20", "wire", "China lifts its aluminium export ban on the US")
        w.publish("2025-09-15", "paper", stays)
        row = w.row("2025-10-01", "aluminium", "CN", "US")
        assert (row.status, row.rate_pct, row.since) == ("tariff", 25.0, date(2019, 4, 2))
        assert row.other_side is None, "China's ban was lifted"


def test_a_measure_said_to_stay_beside_the_other_sides_measure_keeps_both(tmp_path: Path) -> None:
    """The US duty, then China's export ban (still in force), then the duty said to stay: the
    duty since its first day, and China's ban beside it."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Reader(store, _config("aluminium"))
        w.publish("2019-04-02", "wire", "US imposes 25% tariff on Chinese aluminium")
        w.publish("2024-06-11", "paper", "China bans aluminium exports to the United States")
        w.publish("2025-09-15", "wire", "US duties on aluminium from China stay in place")
        row = w.row("2025-10-01", "aluminium", "CN", "US")
        assert (row.status, row.since) == ("tariff", date(2019, 4, 2))
        assert row.other_side is not None
        assert (row.other_side.side, row.other_side.status) == ("exporter", "suspended")


def test_a_measure_said_to_stay_after_its_own_lift_is_the_measure_again(tmp_path: Path) -> None:
    """A ban, its lift, then a report that the ban stays: the lift was of this very measure, so
    the report is the measure again, from its day (the old ban's start is not this one's)."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Reader(store, _config("nickel"))
        w.publish("2016-03-01", "wire", "Philippines bans nickel ore exports")
        w.publish("2018-07-09", "paper", "Philippines lifts nickel ore export ban")
        w.publish("2021-05-04", "wire", "Philippine nickel ore export ban to remain, minister says")
        row = w.row("2021-06-01", "nickel", "PH")
        assert (row.status, row.since) == ("suspended", date(2021, 5, 4))


def test_a_measure_said_to_stay_with_nothing_between_keeps_its_start(tmp_path: Path) -> None:
    """A ban, then reports that it stays in force: the ban since its first day."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Reader(store, _config("nickel"))
        w.publish("2016-03-01", "wire", "Philippines bans nickel ore exports")
        w.publish("2019-08-20", "paper", "Philippine nickel ore export ban stays in place")
        row = w.row("2019-09-01", "nickel", "PH")
        assert (row.status, row.since) == ("suspended", date(2016, 3, 1))


@pytest.mark.parametrize(
    "title",
    [
        "US bans Russian aluminium",
        "Washington blocks aluminium from Russia",
        "US sets quota on Russian aluminium",
    ],
)
def test_an_import_measure_without_the_word_import_stands_beside_the_exporters_lift(
    tmp_path: Path, title: str
) -> None:
    """The US keeps Russian aluminium out (a ban or a quota told without "import"), then Russia
    lifts its own export curbs to the US: the row resumes on Russia's side and says the US's
    measure still stands (its side read from the measure's flow, as the classifier reads it,
    not left unsaid for want of the word)."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Reader(store, _config("aluminium"))
        w.publish("2023-02-24", "wire", title)
        w.publish("2024-03-05", "paper", "Russia lifts aluminium export curbs on the US")
        row = w.row("2024-04-01", "aluminium", "RU", "US")
        assert row.status == "resuming"
        assert row.other_side is not None, "the US's own measure still stands"
        assert row.other_side.side == "importer"
        assert row.other_side.since == date(2023, 2, 24)


def test_an_export_ban_told_with_its_goods_stays_the_exporters(tmp_path: Path) -> None:
    """The exporter's ban, then the importer's duty: the duty is the row, the ban beside it
    on the exporter's side."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Reader(store, _config("gallium"))
        w.publish("2024-12-03", "wire", "China bans gallium exports to the United States")
        w.publish("2025-01-15", "paper", "US slaps 50% duty on Chinese gallium")
        row = w.row("2025-02-01", "gallium", "CN", "US")
        assert (row.status, row.rate_pct) == ("tariff", 50.0)
        assert row.other_side is not None
        assert (row.other_side.side, row.other_side.status) == ("exporter", "suspended")


@pytest.mark.parametrize(
    "extended",
    [
        "India extends steel import quota to March 31",
        "India's steel import quota extended until 31 March",
        "India keeps steel import quota until end-March",
    ],
)
def test_a_quota_extended_to_a_day_without_its_year_runs_to_the_next_one(
    tmp_path: Path, extended: str
) -> None:
    """A quota, then its extension to a day written without its year, published in December:
    the row runs until next March 31 and says so; after that day it asks for a check. ("until
    31 March" was read so before; "to March 31" and "until end-March" carried no end.)"""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Reader(store, _config("steel"))
        w.publish("2025-06-02", "wire", "India imposes steel import quota")
        w.publish("2025-12-10", "paper", extended)
        row = w.json_row("2026-01-05", "steel", "*", "IN")
        assert (row["status"], row["until"], row["expired"]) == ("quota", "2026-03-31", False)
        assert row["since"] == "2025-06-02", "an extension is the same quota"
        assert w.json_row("2026-04-02", "steel", "*", "IN")["expired"] is True
