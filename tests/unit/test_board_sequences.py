"""The policy board over sequences of events as a watcher sees them arrive, through a real
store and the snapshot, at several days (session 14's outside-in audit of the board). Each
story is stored on the day it is published, and the board is read on days in between."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

from tui.core.config import parse_config
from tui.core.config_types import Config
from tui.core.models import Headline, PolicyStatus
from tui.flow.snapshot import build_snapshot, to_json
from tui.store import Store

UTC = timezone.utc
ALIASES = {"aluminium": ["aluminium", "aluminum"]}


def _config(*metals: str) -> Config:
    raw: dict[str, object] = {
        "metals": [
            {"id": m, "name": m.capitalize(), "aliases": ALIASES.get(m, [m])} for m in metals
        ],
        "sources": [
            {"name": name, "kind": "rss", "url": f"http://127.0.0.1:9/{name}.xml"}
            for name in ("wire", "paper")
        ],
    }
    return parse_config(raw, None)


def _at(day: str) -> datetime:
    return datetime.fromisoformat(day + "T12:00:00+00:00")


class Watcher:
    """A store that receives each story on its day, and the board read on a given day."""

    def __init__(self, store: Store, config: Config) -> None:
        self.store, self.config = store, config

    def publish(self, day: str, source: str, title: str, summary: str = "") -> None:
        url = f"https://{source}.example.org/{abs(hash(title))}"
        story = Headline(title, url, source, _at(day), summary=summary, outlet=source)
        self.store.save_headlines(source, [story], seen_at=_at(day))

    def board(self, day: str) -> list[PolicyStatus]:
        snap = build_snapshot(self.config, self.store, now=_at(day))
        to_json(snap)  # the JSON a user reads is built from the same rows
        return list(snap.policy)

    def row(self, day: str, metal: str, origin: str, destination: str = "*") -> PolicyStatus:
        rows = [
            r
            for r in self.board(day)
            if (r.metal, r.origin, r.destination) == (metal, origin, destination)
        ]
        assert len(rows) == 1, self.board(day)
        return rows[0]


def test_a_ban_that_will_start_on_a_day_is_coming_until_then(tmp_path: Path) -> None:
    """An export ban relaxed, then brought forward to a day and confirmed in words that say it
    "will start" on that day: before the day the relaxation stands and the ban is coming; on
    the day the ban is in force since that day, not since the confirmation was published."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Watcher(store, _config("nickel"))
        w.publish("2017-01-12", "wire", "Indonesia relaxes nickel ore export ban")
        w.publish(
            "2019-09-02", "paper", "Indonesia confirms nickel ore export ban will start Jan 1, 2020"
        )
        before = w.row("2019-09-05", "nickel", "ID")
        assert (before.status, before.since) == ("resuming", date(2017, 1, 12))
        assert (before.coming, before.starts) == ("suspended", date(2020, 1, 1))
        on_the_day = w.row("2020-01-02", "nickel", "ID")
        assert (on_the_day.status, on_the_day.since, on_the_day.coming) == (
            "suspended",
            date(2020, 1, 1),
            None,
        )


def test_a_ban_replaced_by_quotas_shows_the_quotas_from_their_day(tmp_path: Path) -> None:
    """An export suspension, its extension, its replacement by quotas announced for a day,
    and on that day the suspension's lift reported: quotas since that day, the announcement
    not called off."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Watcher(store, _config("cobalt"))
        w.publish("2025-02-22", "wire", "Congo suspends cobalt exports for four months")
        w.publish("2025-06-21", "wire", "Congo extends cobalt export ban by three months")
        w.publish(
            "2025-09-20",
            "wire",
            "Congo to replace cobalt export ban with quotas from Oct. 16",
            "The government will lift the export suspension and allocate annual quotas.",
        )
        before = w.row("2025-09-25", "cobalt", "CD")
        assert (before.status, before.since) == ("suspended", date(2025, 2, 22))
        assert (before.coming, before.starts) == ("quota", date(2025, 10, 16))
        w.publish("2025-10-16", "paper", "DR Congo lifts ban on cobalt exports")
        after = w.row("2025-10-20", "cobalt", "CD")
        assert (after.status, after.since, after.coming) == ("quota", date(2025, 10, 16), None)
        assert not any(e.withdrawn for e in after.evidence)
        assert not after.conflict, "the lift and the quotas are one switch"


def test_steel_and_aluminium_tariffs_each_keep_their_own_rate(tmp_path: Path) -> None:
    """One story setting 25% on steel and 10% on aluminium, then a later rise of aluminium
    to 25% and of both to 50%: each metal's row has its rate and the day that rate began."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Watcher(store, _config("steel", "aluminium"))
        w.publish(
            "2018-03-08",
            "wire",
            "Trump signs steel and aluminum tariffs, exempts Canada and Mexico",
            "The tariffs of 25% on steel and 10% on aluminum take effect on March 23.",
        )
        steel = w.row("2018-03-25", "steel", "*", "US")
        alu = w.row("2018-03-25", "aluminium", "*", "US")
        assert (steel.rate_pct, steel.since) == (25.0, date(2018, 3, 23))
        assert (alu.rate_pct, alu.since) == (10.0, date(2018, 3, 23))
        w.publish(
            "2025-02-10",
            "wire",
            "Trump raises aluminum tariffs to 25%, ends exemptions",
            "The new tariffs take effect on March 12, the White House said.",
        )
        alu = w.row("2025-03-15", "aluminium", "*", "US")
        assert (alu.rate_pct, alu.since) == (25.0, date(2025, 3, 12)), "a new rate, a new since"
        w.publish("2025-06-04", "paper", "US doubles steel and aluminum tariffs to 50%")
        for metal in ("steel", "aluminium"):
            row = w.row("2025-06-05", metal, "*", "US")
            assert (row.rate_pct, row.since) == (50.0, date(2025, 6, 4)), metal


def test_a_measure_put_off_to_a_named_day_is_coming_then(tmp_path: Path) -> None:
    """Tariffs ordered from one day, then put off in a story whose lede names the new day:
    the row shows them coming from the new day at their rate, not gone; on that day they are
    in force. Put off with no day named, they are withdrawn as before."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Watcher(store, _config("steel"))
        w.publish("2025-02-01", "wire", "Trump orders 25% tariffs on Mexican steel from Feb. 4")
        w.publish(
            "2025-02-03",
            "wire",
            "US delays tariffs on Mexican steel by a month",
            "The tariffs will now take effect on March 4.",
        )
        row = w.row("2025-02-05", "steel", "MX", "US")
        assert (row.status, row.since, row.coming, row.starts, row.rate_pct) == (
            "tariff",
            None,
            "tariff",
            date(2025, 3, 4),
            25.0,
        )
        assert [e.withdrawn for e in row.evidence] == [False, True], "the old day called off"
        on_the_day = w.row("2025-03-05", "steel", "MX", "US")
        assert (on_the_day.status, on_the_day.since, on_the_day.rate_pct) == (
            "tariff",
            date(2025, 3, 4),
            25.0,
        )
    with Store(tmp_path / "t.sqlite3") as store:
        w = Watcher(store, _config("steel"))
        w.publish("2025-02-01", "wire", "Trump orders 25% tariffs on Mexican steel from Feb. 4")
        w.publish("2025-02-03", "wire", "US delays tariffs on Mexican steel by a month")
        assert w.board("2025-02-05") == [], "put off with no day: nothing coming that we know of"


def test_a_ban_relaxed_into_quotas_shows_the_quotas(tmp_path: Path) -> None:
    """An export ban, then relaxed with shipments allowed under quota: the row says quota,
    not a bare resumption of trade."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Watcher(store, _config("nickel"))
        w.publish("2014-01-12", "wire", "Indonesia bans nickel ore exports")
        w.publish(
            "2017-01-12",
            "paper",
            "Indonesia relaxes nickel ore export ban, allows shipments under quota",
        )
        row = w.row("2017-02-01", "nickel", "ID")
        assert (row.status, row.since) == ("quota", date(2017, 1, 12))


def test_an_expansion_suspended_leaves_the_controls_it_adds_to(tmp_path: Path) -> None:
    """Export controls, then an expansion announced for a later day, then the expansion
    suspended before its day: the controls stay in force (not "resuming"), the expansion is
    called off, and no conflict is raised."""
    with Store(tmp_path / "s.sqlite3") as store:
        w = Watcher(store, _config("gallium"))
        w.publish("2025-04-04", "wire", "China imposes export controls on gallium")
        w.publish(
            "2025-10-09",
            "wire",
            "China expands gallium export controls",
            "The broader controls take effect on Dec. 1.",
        )
        before = w.row("2025-10-12", "gallium", "CN")
        assert (before.status, before.since) == ("licensing", date(2025, 4, 4))
        assert (before.coming, before.starts) == ("licensing", date(2025, 12, 1))
        w.publish(
            "2025-11-07", "paper", "China suspends expanded gallium export controls for a year"
        )
        for day in ("2025-11-10", "2025-12-05"):
            row = w.row(day, "gallium", "CN")
            assert (row.status, row.since, row.coming, row.conflict) == (
                "licensing",
                date(2025, 4, 4),
                None,
                False,
            ), day
            trail = [(e.withdrawn, e.withdraws) for e in row.evidence]  # newest day first
            assert trail == [(True, False), (False, True), (False, False)], day
        stories = {
            s.title: s for s in build_snapshot(w.config, store, now=_at("2025-11-10")).stories
        }
        event = stories["China suspends expanded gallium export controls for a year"].policy_event
        assert event is not None and event.status == "resuming", "the headline keeps its reading"
