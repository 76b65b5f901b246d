"""The policy board over the sequences session 15's board audit left open, as a watcher sees
them arrive: a release that keeps the measure on one of the metals it names, an exemption that
runs out, a deal over one side's tariff with the partner named first, an end date a story
gives, and a rate that is a ceiling. Each story is stored on its day into a real store, and the
board is read through the snapshot, its JSON and its text on days in between."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_board_sequences import _at, _config
from test_board_sequences_2 import Reader

from tui.flow.snapshot import build_snapshot, to_text
from tui.store import Store


def _text_line(w: Reader, day: str, metal: str, corridor: str) -> str:
    text = to_text(build_snapshot(w.config, w.store, now=_at(day)))
    lines = [x for x in text.splitlines() if x.split()[:2] == [metal, corridor]]
    assert len(lines) == 1, text
    return lines[0]


def test_counter_tariffs_dropped_on_one_metal_stand_on_the_other(tmp_path: Path) -> None:
    """Canada's 25% counter-tariffs on US steel and aluminium, then their removal on steel with
    the aluminium levies kept: steel resumes, aluminium keeps its 25% since the first day."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Reader(store, _config("steel", "aluminium"))
        w.publish("2025-03-12", "wire", "Canada slaps 25% counter-tariffs on US steel and aluminum")
        w.publish(
            "2025-08-22",
            "paper",
            "Ottawa drops its counter-tariffs on US steel but keeps aluminum levies",
        )
        steel = w.row("2025-09-05", "steel", "US", "CA")
        assert (steel.status, steel.since) == ("resuming", date(2025, 8, 22))
        alu = w.row("2025-09-05", "aluminium", "US", "CA")
        assert (alu.status, alu.rate_pct, alu.since) == ("tariff", 25.0, date(2025, 3, 12))
        assert len(alu.evidence) == 1, "the release is not aluminium's evidence"


def test_an_exemption_that_ends_brings_the_tariff_on_that_exporter(tmp_path: Path) -> None:
    """A US steel tariff, Australia exempted, then its exemption ends: Australia's row is the
    tariff from the day the exemption ends, never a release on imports into Australia."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Reader(store, _config("steel"))
        w.publish("2018-03-23", "wire", "US imposes 25% tariff on steel imports")
        w.publish("2018-05-01", "paper", "US exempts Australia from steel tariffs")
        assert w.row("2018-06-01", "steel", "AU", "US").status == "resuming"
        w.publish("2025-02-10", "wire", "Australia's exemption from US steel tariffs ends")
        rows = w.rows("2025-02-20", "steel")
        assert (rows["AU", "US"].status, rows["AU", "US"].since) == ("tariff", date(2025, 2, 10))
        assert ("*", "AU") not in rows, "no measure on imports into Australia"


def test_a_deal_with_the_partner_named_first_runs_from_the_partner(tmp_path: Path) -> None:
    """The US steel tariff, then a deal told with Japan first that swaps it for a quota: the
    quota is on Japan's steel into the US, and every other exporter keeps the tariff."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Reader(store, _config("steel"))
        w.publish("2018-03-23", "wire", "US imposes 25% tariff on steel imports")
        w.publish(
            "2021-11-12",
            "paper",
            "Tokyo and Washington agree to swap US steel tariffs for a tariff-rate quota",
        )
        rows = w.rows("2021-12-01", "steel")
        assert (rows["JP", "US"].status, rows["JP", "US"].since) == ("quota", date(2021, 11, 12))
        assert ("US", "JP") not in rows and ("*", "JP") not in rows
        assert (rows["*", "US"].status, rows["*", "US"].rate_pct) == ("tariff", 25.0)


def test_an_end_date_in_the_story_is_the_rows_until_and_lapses(tmp_path: Path) -> None:
    """China's gallium ban on the US, then its suspension "until" a day: the row resumes with
    that day as its end (JSON ``until``, the text); after the day it says it ended and asks for
    a check, never that the suspension still stands unsaid. Another row's story gives that
    row its own end, never the gallium row's (before session 17 this read only a config that
    watched no steel, so it said nothing of the steel row: every row but gallium's had no
    ``until`` because there was none)."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Reader(store, _config("gallium", "steel"))
        w.publish("2024-12-03", "wire", "China bans gallium exports to the United States")
        w.publish(
            "2025-11-09",
            "paper",
            "China suspends gallium export ban on US until Nov. 27, 2026",
        )
        row = w.json_row("2026-03-01", "gallium", "CN", "US")
        assert (row["status"], row["until"], row["expired"]) == ("resuming", "2026-11-27", False)
        assert "[until 2026-11-27]" in _text_line(w, "2026-03-01", "gallium", "CN->US")
        after = w.json_row("2026-12-01", "gallium", "CN", "US")
        assert (after["until"], after["expired"]) == ("2026-11-27", True)
        assert "[ended 2026-11-27 — check]" in _text_line(w, "2026-12-01", "gallium", "CN->US")
        w.publish("2026-01-05", "wire", "EU extends steel safeguard quota until end-2027")
        assert w.json_row("2026-03-01", "steel", "*", "EU")["until"] == "2027-12-31"
        assert w.json_row("2026-03-01", "gallium", "CN", "US")["until"] == "2026-11-27"


def test_a_ceiling_rate_says_up_to(tmp_path: Path) -> None:
    """A tariff "of up to 50%": the row keeps 50 as its rate and says it is a ceiling (JSON
    ``rate_up_to``, "up to 50%" in the text); a flat 25% beside it is no ceiling."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Reader(store, _config("steel", "aluminium"))
        w.publish("2025-04-01", "wire", "Mexico imposes tariffs of up to 50% on Chinese steel")
        w.publish("2025-04-02", "paper", "Mexico slaps 25% tariff on Chinese aluminium")
        steel = w.json_row("2025-04-10", "steel", "CN", "MX")
        assert (steel["rate_pct"], steel["rate_up_to"]) == (50.0, True)
        assert "tariff up to 50%" in _text_line(w, "2025-04-10", "steel", "CN->MX")
        alu = w.json_row("2025-04-10", "aluminium", "CN", "MX")
        assert (alu["rate_pct"], alu["rate_up_to"]) == (25.0, False)
        assert "tariff 25%" in _text_line(w, "2025-04-10", "aluminium", "CN->MX")
