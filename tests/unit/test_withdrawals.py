"""Plans dropped and measures put off: read as evidence that withdraws a plan (never as a
story's event), and the board's use of it; through the store and the snapshot."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from test_classifier import METALS

from tui.core.config import parse_config
from tui.core.config_types import Config
from tui.core.models import Evidence, Headline, PolicyEvent
from tui.engine.board import build_board
from tui.engine.classifier import classify
from tui.engine.withdrawals import as_plan, withdrawal
from tui.flow.changes import Baseline, compare, save_baseline
from tui.flow.snapshot import build_snapshot, to_json
from tui.store import Store

UTC = timezone.utc


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Indonesia scraps plan to ban nickel ore exports", ("suspended", "ID", "*", "nickel")),
        ("Philippines shelves proposed nickel ore export ban", ("suspended", "PH", "*", "nickel")),
        ("Indonesia postpones bauxite export ban", ("suspended", "ID", "*", "bauxite")),
        ("US delays tariffs on Mexican steel by a month", ("tariff", "MX", "US", "steel")),
        ("Zimbabwe backs off plan to ban lithium ore exports", ("suspended", "ZW", "*", "lithium")),
        (
            "China drops planned export curbs on rare earths",
            ("licensing", "CN", "*", "rare-earths"),
        ),
        ("Jakarta abandons bauxite export ban plan", ("suspended", "ID", "*", "bauxite")),
        ("Nickel export ban delayed, Indonesia says", ("suspended", "ID", "*", "nickel")),
        # a reversal of a plan, and a threat dropped
        (
            "Indonesia makes U-turn on plan to ban bauxite exports",
            ("suspended", "ID", "*", "bauxite"),
        ),
        ("Zambia U-turns on copper export duty proposal", ("tariff", "ZM", "*", "copper")),
        ("Trump backtracks on steel tariffs threat", ("tariff", "*", "US", "steel")),
        (
            "US walks back threat of tariffs on Canadian aluminium",
            ("tariff", "CA", "US", "aluminium"),
        ),
        ("Trump drops threat of tariffs on Mexican steel", ("tariff", "MX", "US", "steel")),
        ("Ministry rows back on proposed steel import duty", ("tariff", "*", "*", "steel")),
    ],
)
def test_a_dropped_or_put_off_plan_is_no_event_but_a_withdrawal(
    title: str, want: tuple[str, str, str, str]
) -> None:
    assert classify(title, "", METALS) is None, "the headline itself stays no event"
    got = withdrawal(title, "", METALS)
    assert got is not None
    assert (got.status, got.origin, got.destination, got.metals[0]) == want
    assert got.proposed is False


@pytest.mark.parametrize(
    "title",
    [
        "Indonesia lifts nickel ore export ban",  # a measure in force released: an event
        "Congo drops cobalt export ban",  # the same
        "Gold price drops as dollar firms",
        "Miner shelves plan to expand copper mine",  # a company's plan, no measure
        "Copper rally delayed as tariffs loom",
        "Indonesia delays smelter deadline",
        "Indonesia plans nickel ore export ban",  # a plan, not its withdrawal
        "Copper reverses course on tariff fears",  # a market move
        "Nickel climbs on talk of export ban U-turn",
    ],
)
def test_no_withdrawal_where_nothing_is_dropped(title: str) -> None:
    assert withdrawal(title, "", METALS) is None


def test_the_rewrite_puts_the_dropping_words_back_as_a_plan() -> None:
    assert as_plan("Indonesia scraps plan to ban nickel ore exports") == (
        "Indonesia plans to ban nickel ore exports"
    )
    assert as_plan("Jakarta abandons bauxite export ban plan") == "Jakarta plans bauxite export ban"
    assert as_plan("Copper steadies") is None


def _pair(
    status: str, day: str, *, proposed: bool = False, effective: str | None = None, w: bool = False
) -> tuple[PolicyEvent, Evidence]:
    eff = date.fromisoformat(effective) if effective else None
    event = PolicyEvent(("nickel",), "ID", "*", status, None, proposed, 0.8, ("w",), eff)
    evidence = Evidence(
        kind="inferred",
        title=f"{status} {day} {proposed} {w}",
        url=f"https://example.com/{day}/{status}/{proposed}/{w}",
        source="wire",
        published=datetime.fromisoformat(day + "T09:00:00+00:00"),
        confidence=0.8,
        effective=eff,
        withdraws=w,
    )
    return event, evidence


def _board(pairs: list[tuple[PolicyEvent, Evidence]], today: str):  # type: ignore[no-untyped-def]
    return build_board([], pairs, now=datetime.fromisoformat(today + "T12:00:00+00:00"))


def test_a_dropped_plan_leaves_no_row() -> None:
    plan = _pair("suspended", "2025-03-01", proposed=True)
    assert _board([plan], "2025-03-05")[0].proposed is True
    dropped = _pair("suspended", "2025-03-10", w=True)
    assert _board([plan, dropped], "2025-03-20") == []


def test_a_put_off_coming_measure_is_withdrawn_but_what_is_in_force_stays() -> None:
    in_force = _pair("tariff", "2024-01-01")
    coming = _pair("suspended", "2025-03-01", effective="2025-06-01")
    put_off = _pair("suspended", "2025-03-10", w=True)
    (row,) = _board([in_force, coming, put_off], "2025-06-10")
    assert (row.status, row.since, row.coming) == ("tariff", date(2024, 1, 1), None)
    marks = {e.title: (e.withdrawn, e.withdraws) for e in row.evidence}
    assert marks[coming[1].title] == (True, False) and marks[put_off[1].title] == (False, True)


def test_a_withdrawal_drops_only_plans_of_its_status_made_before_it() -> None:
    tariff_plan = _pair("tariff", "2025-03-01", proposed=True)
    dropped_ban = _pair("suspended", "2025-03-10", w=True)
    later_ban_plan = _pair("suspended", "2025-04-01", proposed=True)
    (row,) = _board([tariff_plan, dropped_ban], "2025-03-20")
    assert (row.status, row.proposed) == ("tariff", True), "another status's plan stays"
    (row,) = _board([dropped_ban, later_ban_plan], "2025-04-05")
    assert (row.status, row.proposed, row.since) == ("suspended", True, date(2025, 4, 1))


def test_a_withdrawal_never_touches_a_measure_in_force() -> None:
    ban = _pair("suspended", "2025-01-01")
    dropped = _pair("suspended", "2025-03-10", w=True)  # "drops plan to ban" of a ban in force
    (row,) = _board([ban, dropped], "2025-03-20")
    assert (row.status, row.since, row.proposed) == ("suspended", date(2025, 1, 1), False)


def _nickel_watch() -> Config:
    return parse_config(
        {
            "metals": [{"id": "nickel", "name": "Nickel"}],
            "sources": [{"name": "news", "kind": "rss", "url": "http://127.0.0.1:9/f.xml"}],
        },
        None,
    )


def test_a_dropped_plan_through_the_store_and_the_snapshot(tmp_path: Path) -> None:
    config = _nickel_watch()
    t0 = datetime(2031, 3, 1, 9, 0, tzinfo=UTC)
    plan = Headline("Indonesia plans to ban nickel ore exports", "https://e.org/1", "news", t0)
    drop = Headline(
        "Indonesia scraps plan to ban nickel ore exports",
        "https://e.org/2",
        "news",
        t0 + timedelta(days=9),
    )
    with Store(tmp_path / "s.sqlite3") as store:
        store.save_headlines("news", [plan], seen_at=t0)
        before = build_snapshot(config, store, now=t0 + timedelta(days=1))
        assert [(r.status, r.proposed) for r in before.policy] == [("suspended", True)]
        save_baseline(store, before, now=t0 + timedelta(days=1))  # the user looked
        store.save_headlines("news", [drop], seen_at=t0 + timedelta(days=9))
        after = build_snapshot(config, store, now=t0 + timedelta(days=10))
        assert after.policy == [], "the dropped plan no longer shows as proposed"
        changes = compare(after, Baseline.load(store), {})
        assert changes.gone_policy == {"nickel|ID|*"} and changes.has_news
        assert "1 policy row gone (nickel ID->*)" in changes.summary(t0 + timedelta(days=10))
        doc = to_json(after)
        by_title = {h["title"]: h for h in doc["headlines"]}
        assert by_title[drop.title]["policy_event"] is None, "the headline stays no event"


def test_the_deciding_words_are_the_headline_s_own() -> None:
    got = withdrawal("Indonesia scraps plan to ban nickel ore exports", "", METALS)
    assert got is not None and got.words[0] == "scraps" and "plans" not in got.words


def test_a_reload_with_nothing_new_keeps_the_dropped_plan_withdrawn(tmp_path: Path) -> None:
    """The stories on screen stand when nothing is new; the evidence of a dropped plan is read
    again from them, not only brought back from the events the store keeps."""
    config = _nickel_watch()
    t0 = datetime(2031, 3, 1, 9, 0, tzinfo=UTC)
    plan = Headline("Indonesia plans to ban nickel ore exports", "https://e.org/1", "news", t0)
    drop = Headline(
        "Indonesia postpones nickel ore export ban", "https://e.org/2", "news", t0.replace(day=9)
    )
    with Store(tmp_path / "s.sqlite3") as store:
        store.save_headlines("news", [plan, drop], seen_at=t0)
        shown = build_snapshot(config, store, now=t0.replace(day=10))
        assert shown.policy == []
        store._conn.execute("DELETE FROM policy_events")  # what the store remembers, gone
        store._conn.commit()
        again = build_snapshot(config, store, now=t0.replace(day=11), reuse=shown)
        assert again.stories == shown.stories, "nothing new: the stories on screen stand"
        assert again.policy == [], "the plan stays withdrawn"


@pytest.mark.parametrize(
    ("title", "summary", "want"),
    [
        (
            "Freedonia delays zinc export ban",
            "The ban will now take effect on July 1.",
            date(2031, 7, 1),
        ),
        ("Ruritania postpones tin levy to start from Sept. 1", "", date(2031, 9, 1)),
        ("Zinc export ban postponed, to take effect Aug 15", "", date(2031, 8, 15)),
        ("Freedonia postpones bauxite export ban to June 2032", "", date(2032, 6, 1)),
        ("Ruritania delays copper tariffs until Aug. 3", "", date(2031, 8, 3)),
        ("Freedonia pushes back tin export ban to 2033", "", date(2033, 1, 1)),
        # put off with no day, a day already past, or a plan dropped: no new day
        ("Freedonia delays zinc export ban", "", None),
        ("Freedonia delays zinc export ban", "It took effect on May 1.", None),
        ("Freedonia scraps plan to ban zinc exports from July 1", "", None),
    ],
)
def test_a_measure_put_off_to_a_named_day(title: str, summary: str, want: date | None) -> None:
    from tui.engine.withdrawals import put_off_to

    assert put_off_to(title, summary, datetime(2031, 5, 20, 9, tzinfo=UTC)) == want


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Ruritania suspends expanded tin export controls", ("licensing", "tin")),
        ("Freedonia pauses its new zinc export curbs for a year", ("licensing", "zinc")),
        ("US suspends new tariffs on Chinese copper", ("tariff", "copper")),
        ("Beijing lifts latest export restrictions on antimony", ("licensing", "antimony")),
    ],
)
def test_a_lift_of_a_measures_newest_step_reads_that_step(
    title: str, want: tuple[str, str]
) -> None:
    from tui.engine.withdrawals import paused_step

    step = paused_step(title, "", METALS)
    assert step is not None and not step.proposed
    assert (step.status, step.metals[0]) == want


@pytest.mark.parametrize(
    "title",
    [
        "Ruritania suspends tin export controls",  # the measure itself: a lift
        "Freedonia lifts export ban on zinc",
        "US suspends new copper tariff talks",  # talks, no measure
    ],
)
def test_a_lift_of_the_measure_itself_is_no_step(title: str) -> None:
    from tui.engine.withdrawals import paused_step

    assert paused_step(title, "", METALS) is None
