"""The policy status board: declared, document and inferred evidence per corridor."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timezone

from tui.core.models import DeclaredPolicy, Evidence, Metal, PolicyEvent
from tui.engine.board import build_board
from tui.engine.classifier import classify

NOW = datetime(2025, 11, 20, 12, 0, tzinfo=timezone.utc)
METALS = (
    Metal("copper", "Copper", ("copper",)),
    Metal("aluminium", "Aluminium", ("aluminium", "aluminum")),
    Metal("rare-earths", "Rare earths", ("rare earth", "rare earth elements")),
    Metal("gallium", "Gallium", ("gallium",)),
    Metal("germanium", "Germanium", ("germanium",)),
    Metal("antimony", "Antimony", ("antimony",)),
)


def _at(day: str) -> datetime:
    return datetime.fromisoformat(day + "T09:00:00+00:00")


def _inferred(
    title: str, day: str, source: str = "reuters", summary: str = ""
) -> tuple[PolicyEvent, Evidence]:
    ev = classify(title, summary, METALS)
    assert ev is not None, title
    evidence = Evidence(
        kind="inferred",
        title=title,
        url=f"https://example.com/{day}",
        source=source,
        published=_at(day),
        confidence=ev.confidence,
    )
    return ev, evidence


def _row(rows: list, metal: str, origin: str, destination: str):  # type: ignore[no-untyped-def]
    found = [r for r in rows if (r.metal, r.origin, r.destination) == (metal, origin, destination)]
    assert len(found) == 1, [(r.metal, r.origin, r.destination) for r in rows]
    return found[0]


def test_seed_story_reaches_the_board_as_three_rows() -> None:
    title = "China to Resume Metal Exports to the United States After Months-Long Suspension"
    summary = (
        "The ministry confirmed that exports of key industrial metals, including aluminum, "
        "copper, and rare earth elements, will gradually restart later this month."
    )
    rows = build_board([], [_inferred(title, "2025-11-10", summary=summary)], now=NOW)
    assert [(r.metal, r.origin, r.destination, r.status) for r in rows] == [
        ("aluminium", "CN", "US", "resuming"),
        ("copper", "CN", "US", "resuming"),
        ("rare-earths", "CN", "US", "resuming"),
    ]
    assert all(r.since == date(2025, 11, 10) and not r.conflict for r in rows)
    assert rows[0].evidence[0].kind == "inferred"
    assert rows[0].evidence[0].status == "resuming"


def test_newest_in_effect_sets_status_and_since_is_start_of_run() -> None:
    events = [
        _inferred("China bans exports of gallium to US", "2024-12-03"),
        _inferred("China's ban on gallium exports to the U.S. takes effect", "2024-12-20"),
        _inferred("China suspends ban on gallium exports to US", "2025-11-09"),
        _inferred("China extends ban on gallium exports to US", "2025-01-15"),
    ]
    row = _row(build_board([], events, now=NOW), "gallium", "CN", "US")
    assert row.status == "resuming"
    assert row.since == date(2025, 11, 9)
    assert [e.published for e in row.evidence] == sorted(
        (e.published for e in row.evidence), reverse=True
    )
    older = build_board([], events[:2] + events[3:], now=NOW)
    row2 = _row(older, "gallium", "CN", "US")
    assert (row2.status, row2.since) == ("suspended", date(2024, 12, 3))


def test_proposed_shows_as_pending_or_alone() -> None:
    events = [
        _inferred("Trump doubles tariffs on aluminum imports to 50%", "2025-06-03"),
        _inferred("US weighs 75% tariffs on aluminum imports", "2025-10-01"),
        _inferred("US considers tariffs on copper imports", "2025-02-25"),
    ]
    rows = build_board([], events, now=NOW)
    alu = _row(rows, "aluminium", "*", "US")
    assert (alu.status, alu.rate_pct, alu.pending, alu.proposed) == (
        "tariff",
        50.0,
        "tariff",
        False,
    )
    cu = _row(rows, "copper", "*", "US")
    assert (cu.status, cu.proposed, cu.pending, cu.since) == (
        "tariff",
        True,
        None,
        date(2025, 2, 25),
    )


def test_declared_wins_unless_newer_evidence_contradicts() -> None:
    declared = [
        DeclaredPolicy(
            metal="antimony",
            origin="CN",
            destination="US",
            status="suspended",
            since=date(2024, 12, 3),
            note="MOFCOM announcement No. 46",
            source="config",
        ),
        DeclaredPolicy(
            metal="germanium",
            origin="CN",
            destination="US",
            status="licensing",
            source="policy.toml",
        ),
    ]
    same_day = _inferred("China suspends ban on antimony exports to US", "2024-12-03")
    that_week = datetime(2024, 12, 5, 12, 0, tzinfo=timezone.utc)
    rows = build_board(declared, [same_day], now=that_week)
    sb = _row(rows, "antimony", "CN", "US")
    assert sb.status == "suspended"  # same day: declared wins
    assert sb.conflict  # ... but the disagreement is flagged
    months_on = _row(build_board(declared, [same_day], now=NOW), "antimony", "CN", "US")
    assert (months_on.status, months_on.conflict) == ("suspended", False), "a month on, it stands"
    assert sb.evidence[0].kind in ("declared", "inferred")
    assert {e.kind for e in sb.evidence} == {"declared", "inferred"}
    declared_ev = next(e for e in sb.evidence if e.kind == "declared")
    assert declared_ev.title == "MOFCOM announcement No. 46"

    later = _inferred("China suspends ban on antimony exports to US", "2025-11-09")
    sb2 = _row(build_board(declared, [later], now=NOW), "antimony", "CN", "US")
    assert (sb2.status, sb2.since, sb2.conflict) == ("resuming", date(2025, 11, 9), False)

    # undated declared = the user's statement of now; titled after its source
    ge = _row(build_board(declared, [later], now=NOW), "germanium", "CN", "US")
    assert (ge.status, ge.since) == ("licensing", date(2025, 11, 20))
    assert ge.evidence[0].title == "Declared in policy.toml"


def test_conflict_between_sources_within_seven_days() -> None:
    a = _inferred("China bans exports of gallium to US", "2025-03-01", source="reuters")
    b = _inferred("China lifts ban on gallium exports to US", "2025-03-05", source="bloomberg")
    that_week = datetime(2025, 3, 6, 12, 0, tzinfo=timezone.utc)
    row = _row(build_board([], [a, b], now=that_week), "gallium", "CN", "US")
    assert (row.status, row.conflict) == ("resuming", True)
    # flagged for a month after the later report; then, with nothing newer, the newest stands
    a_month_on = datetime(2025, 4, 4, 12, 0, tzinfo=timezone.utc)
    assert _row(build_board([], [a, b], now=a_month_on), "gallium", "CN", "US").conflict
    months_on = _row(build_board([], [a, b], now=NOW), "gallium", "CN", "US")
    assert (months_on.status, months_on.conflict) == ("resuming", False)
    c = _inferred("China lifts ban on gallium exports to US", "2025-03-20", source="bloomberg")
    row2 = _row(build_board([], [a, c], now=NOW), "gallium", "CN", "US")
    assert row2.conflict is False
    same_source = _inferred("China lifts ban on gallium exports to US", "2025-03-05")
    assert _row(build_board([], [a, same_source], now=NOW), "gallium", "CN", "US").conflict is False


def test_document_evidence_reaches_the_board() -> None:
    ev = classify(
        "Adjusting Imports of Copper Into the United States",
        "The proclamation imposes a 50 percent ad valorem tariff on imports of copper products.",
        METALS,
    )
    assert ev is not None
    doc = Evidence(
        kind="document",
        title="Adjusting Imports of Copper Into the United States",
        url="https://www.federalregister.gov/d/2025-14893",
        source="federal-register",
        published=date(2025, 8, 5),
    )
    rows = build_board([], [(ev, doc)], now=NOW)
    assert [(r.metal, r.origin, r.destination, r.status, r.rate_pct) for r in rows] == [
        ("copper", "*", "US", "tariff", 50.0)
    ]
    assert rows[0].evidence[0].kind == "document"
    assert rows[0].evidence[0].to_json()["published"] == "2025-08-05"


def test_rows_sorted_and_empty_input() -> None:
    assert build_board([], [], now=NOW) == []
    declared = [
        DeclaredPolicy("copper", "CL", "US", "open"),
        DeclaredPolicy("aluminium", "RU", "US", "tariff", rate_pct=200.0),
        DeclaredPolicy("aluminium", "CA", "US", "tariff", rate_pct=50.0),
    ]
    rows = build_board(declared, [], now=NOW)
    assert [(r.metal, r.origin) for r in rows] == [
        ("aluminium", "CA"),
        ("aluminium", "RU"),
        ("copper", "CL"),
    ]
    assert rows[1].rate_pct == 200.0


def _tariff(rate: float, since: str, note: str, until: str | None = None) -> DeclaredPolicy:
    return DeclaredPolicy(
        metal="aluminium",
        origin="*",
        destination="US",
        status="tariff",
        since=date.fromisoformat(since),
        rate_pct=rate,
        note=note,
        until=date.fromisoformat(until) if until else None,
    )


def test_since_is_when_the_current_rate_began_not_the_earlier_rate() -> None:
    """25% from 2025-02-10 then 50% from 2025-06-04: the row says 50% since 2025-06-04 and
    the 25% entry stays in the evidence trail."""
    declared = [
        _tariff(25, "2025-03-12", "Proclamation 10895: 25%"),
        _tariff(50, "2025-06-04", "Proclamation 10947: 50%"),
    ]
    for order in (declared, list(reversed(declared))):
        (row,) = build_board(order, [], now=NOW)
        assert (row.status, row.rate_pct, row.since) == ("tariff", 50.0, date(2025, 6, 4))
        assert [e.rate_pct for e in row.evidence] == [50.0, 25.0]


def test_same_rate_again_keeps_the_earlier_since_and_a_rate_less_mention_does_not_split() -> None:
    declared = [
        _tariff(50, "2025-06-04", "first"),
        _tariff(50, "2025-09-01", "restated"),
        dataclasses.replace(_tariff(50, "2025-10-01", "no rate"), rate_pct=None),
    ]
    (row,) = build_board(declared, [], now=NOW)
    assert (row.rate_pct, row.since) == (50.0, date(2025, 6, 4))
    lowered = [*declared, _tariff(25, "2025-11-01", "lowered")]
    (row,) = build_board(lowered, [], now=NOW)
    assert (row.rate_pct, row.since) == (25.0, date(2025, 11, 1))


def test_until_in_the_future_is_carried_and_after_it_the_row_says_it_ran_out() -> None:
    entry = DeclaredPolicy(
        metal="gallium",
        origin="CN",
        destination="US",
        status="licensing",
        since=date(2025, 11, 9),
        until=date(2026, 11, 27),
        note="MOFCOM 2025 No. 72",
    )
    (row,) = build_board([entry], [], now=datetime(2026, 11, 27, 23, 0, tzinfo=timezone.utc))
    assert (row.until, row.expired) == (date(2026, 11, 27), False)  # the last day still runs
    (row,) = build_board([entry], [], now=datetime(2026, 11, 28, 0, 1, tzinfo=timezone.utc))
    assert (row.status, row.until, row.expired) == ("licensing", date(2026, 11, 27), True)
    assert row.evidence[0].until == date(2026, 11, 27)
    assert row.evidence[0].to_json()["until"] == "2026-11-27"
    # a newer entry without an end replaces the measure that ran out
    after = DeclaredPolicy("gallium", "CN", "US", "suspended", since=date(2026, 11, 28))
    (row,) = build_board([entry, after], [], now=datetime(2026, 12, 3, tzinfo=timezone.utc))
    assert (row.status, row.until, row.expired, row.since) == (
        "suspended",
        None,
        False,
        date(2026, 11, 28),
    )


def _first_seen(pair: tuple[PolicyEvent, Evidence]) -> tuple[PolicyEvent, Evidence]:
    event, evidence = pair
    return event, dataclasses.replace(evidence, date_estimated=True)


def test_a_first_seen_day_sets_since_only_as_an_estimate() -> None:
    title = "China bans gallium exports to the United States"
    # an undated story, first seen on the 18th: the ban began then or before
    rows = build_board([], [_first_seen(_inferred(title, "2025-11-18"))], now=NOW)
    row = _row(rows, "gallium", "CN", "US")
    assert (row.since, row.since_estimated) == (date(2025, 11, 18), True)
    assert row.evidence[0].date_estimated and row.evidence[0].to_json()["date_estimated"]

    # a dated report of the same ban before it: the run starts on a known day
    dated = _inferred(title, "2025-11-10", source="gov")
    rows = build_board([], [dated, _first_seen(_inferred(title, "2025-11-18"))], now=NOW)
    row = _row(rows, "gallium", "CN", "US")
    assert (row.since, row.since_estimated) == (date(2025, 11, 10), False)

    # a dated story alone: no estimate
    rows = build_board([], [_inferred(title, "2025-11-18")], now=NOW)
    assert not _row(rows, "gallium", "CN", "US").since_estimated
