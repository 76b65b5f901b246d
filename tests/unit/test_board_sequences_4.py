"""The policy board over the sequences session 16's board audit found wrong, as a watcher sees
them arrive: an exemption won from another country's tariff, then lost; talks about a tariff
in force; a quota system starting while exporters wait for permits; a ban, its suspension,
then the suspension ended. Each story is stored on its day into a real store and the board
read through the snapshot; the last sequence goes through ``metalwatch snapshot --json`` on a
feed file, as a user's config reads one."""

from __future__ import annotations

import json
from datetime import date, datetime
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from test_board_sequences import _config
from test_board_sequences_2 import Reader

from tui.cli import main
from tui.store import Store


def test_an_exemption_won_from_the_us_is_the_winners_row(tmp_path: Path) -> None:
    """The US steel tariff, then Canada wins an exemption from it: Canada's steel into the US
    resumes, the tariff stays on every other exporter, and no row says the US's own exports
    were released."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Reader(store, _config("steel"))
        w.publish("2018-03-23", "wire", "US imposes 25% tariff on steel imports")
        w.publish("2019-05-17", "paper", "Canada wins steel tariff exemption from US")
        rows = w.rows("2019-06-01", "steel")
        assert (rows["CA", "US"].status, rows["CA", "US"].since) == ("resuming", date(2019, 5, 17))
        assert (rows["*", "US"].status, rows["*", "US"].rate_pct) == ("tariff", 25.0)
        assert ("US", "*") not in rows, "the US's exports were never released"


def test_an_exemption_lost_brings_the_tariff_back_from_that_day(tmp_path: Path) -> None:
    """The US steel tariff, Australia exempted, then Australia loses the exemption: its row is
    the tariff again from the day it lost it, not a release still standing."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Reader(store, _config("steel"))
        w.publish("2018-03-23", "wire", "US imposes 25% tariff on steel imports")
        w.publish("2018-05-01", "paper", "US exempts Australia from steel tariffs")
        assert w.row("2018-06-01", "steel", "AU", "US").status == "resuming"
        w.publish("2025-02-11", "wire", "Australia loses exemption from US steel tariffs")
        row = w.row("2025-02-20", "steel", "AU", "US")
        assert (row.status, row.since) == ("tariff", date(2025, 2, 11))


def test_talks_about_the_tariff_leave_the_board_as_it_was(tmp_path: Path) -> None:
    """The US steel tariff, then Tokyo and Washington meet to discuss it: the talks are no
    measure, so no Japanese row appears with the talks' day as the tariff's start."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Reader(store, _config("steel"))
        w.publish("2018-03-23", "wire", "US imposes 25% tariff on steel imports")
        w.publish("2019-09-10", "paper", "Tokyo and Washington to discuss US steel tariffs")
        w.publish("2019-09-12", "wire", "Japan, US hold talks on steel tariffs")
        rows = w.rows("2019-10-01", "steel")
        assert set(rows) == {("*", "US")}, rows
        assert (rows["*", "US"].status, rows["*", "US"].since) == ("tariff", date(2018, 3, 23))


def test_a_quota_system_starting_while_exporters_wait_replaces_the_ban(tmp_path: Path) -> None:
    """Congo's cobalt export ban, then its quota system starts while exporters await permits:
    the row is the quota from that day, not the ban still standing."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Reader(store, _config("cobalt"))
        w.publish("2025-02-24", "wire", "Congo imposes temporary cobalt export ban")
        w.publish(
            "2025-10-16", "paper", "Cobalt exporters awaiting permits as Congo quota system starts"
        )
        row = w.row("2025-10-20", "cobalt", "CD", "*")
        assert (row.status, row.since) == ("quota", date(2025, 10, 16))


def test_a_tariff_cut_to_a_new_rate_is_a_release_after_the_tariff(tmp_path: Path) -> None:
    """Washington's doubled steel tariff on Turkey, then two outlets report it cut, one with the
    new rate and one without: both read the cut as a release (the real labellers' convention,
    session 17), so the row is ``resuming`` from the cut's day with no rate, the reports are one
    event, not a conflict, the new rate stays in the evidence words and the tariff in the trail."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Reader(store, _config("steel"))
        w.publish("2018-08-10", "wire", "Washington doubles tariff on Turkish steel to 50%")
        assert w.row("2018-09-01", "steel", "TR", "US").rate_pct == 50.0
        w.publish("2019-05-16", "wire", "Washington cuts duty on Turkish steel to 25%")
        w.publish("2019-05-17", "paper", "US lowers Turkish steel tariff by half")
        row = w.row("2019-06-01", "steel", "TR", "US")
        assert (row.status, row.since, row.rate_pct) == ("resuming", date(2019, 5, 16), None)
        assert not row.conflict, "a priced and an unpriced report of one cut agree"
        cut, tariff = row.evidence
        assert (cut.status, cut.rate_pct) == ("resuming", None) and "25%" in cut.words
        assert (tariff.status, tariff.rate_pct) == ("tariff", 50.0)


def _feed(path: Path, stories: list[tuple[str, str]]) -> None:
    items = "".join(
        f"<item><title>{escape(title)}</title>"
        f"<link>https://wire.example.org/{n}</link><guid>wire-{n}</guid>"
        f"<pubDate>{format_datetime(datetime.fromisoformat(day + 'T12:00:00+00:00'))}</pubDate>"
        "</item>"
        for n, (day, title) in enumerate(stories)
    )
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>wire</title>'
        f"<link>https://wire.example.org/</link><description>w</description>{items}"
        "</channel></rss>",
        encoding="utf-8",
    )


def test_a_suspension_ended_brings_the_ban_back_through_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """China's gallium export ban on the US, its suspension, then the suspension ended: through
    ``metalwatch snapshot --json`` on a feed file, the row is the ban from the day the
    suspension ended, the three stories its evidence."""
    _feed(
        tmp_path / "wire.rss.xml",
        [
            ("2024-12-03", "China bans gallium exports to the United States"),
            ("2025-11-09", "China suspends gallium export ban on US"),
            ("2026-02-02", "China ends suspension of gallium export ban to US"),
        ],
    )
    config = tmp_path / "config.toml"
    config.write_text(
        '[[metals]]\nid = "gallium"\nname = "Gallium"\n\n'
        '[[sources]]\nname = "wire"\nkind = "rss"\nurl = "wire.rss.xml"\n',
        encoding="utf-8",
    )
    assert main(["snapshot", "--config", str(config), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    rows = [r for r in doc["policy"] if (r["origin"], r["destination"]) == ("CN", "US")]
    assert len(rows) == 1, doc["policy"]
    assert (rows[0]["status"], rows[0]["since"]) == ("suspended", "2026-02-02")
    assert len(rows[0]["evidence"]) == 3
