"""The board and a measure announced for a later day: coming, not in force, until its day."""

from __future__ import annotations

from datetime import date, datetime

from tui.core.models import DeclaredPolicy, Evidence, Metal, PolicyEvent, PolicyStatus
from tui.engine.board import build_board, outdated
from tui.engine.classifier import classify
from tui.engine.effective_dates import effective_date

METALS = (
    Metal("copper", "Copper", ("copper",)),
    Metal("nickel", "Nickel", ("nickel",)),
)


def _at(day: str) -> datetime:
    return datetime.fromisoformat(day + "T09:00:00+00:00")


def _now(day: str) -> datetime:
    return datetime.fromisoformat(day + "T12:00:00+00:00")


def _event(
    status: str,
    published: str,
    effective: str | None,
    *,
    rate: float | None = None,
    proposed: bool = False,
    source: str = "wire",
    estimated: bool = False,
    corridor: tuple[str, str] = ("*", "US"),
) -> tuple[PolicyEvent, Evidence]:
    day = date.fromisoformat(effective) if effective else None
    event = PolicyEvent(
        ("copper",), corridor[0], corridor[1], status, rate, proposed, 0.8, ("w",), day
    )
    evidence = Evidence(
        kind="inferred",
        title=f"{status} {rate} {published} {effective}",
        url=f"https://example.com/{published}/{status}/{rate}",
        source=source,
        published=_at(published),
        confidence=0.8,
        date_estimated=estimated,
        effective=day,
    )
    return event, evidence


def _one(rows: list[PolicyStatus]) -> PolicyStatus:
    assert len(rows) == 1, rows
    return rows[0]


def test_a_coming_only_row_shows_the_coming_status_with_no_since() -> None:
    row = _one(
        build_board(
            [], [_event("tariff", "2025-05-30", "2025-06-04", rate=50)], now=_now("2025-05-31")
        )
    )
    assert (row.status, row.rate_pct, row.proposed, row.conflict) == ("tariff", 50, False, False)
    assert row.since is None and row.since_estimated is False
    assert (row.coming, row.coming_rate_pct, row.starts) == ("tariff", 50, date(2025, 6, 4))
    assert row.evidence[0].effective == date(2025, 6, 4)


def test_a_current_status_stays_until_the_coming_day() -> None:
    declared = DeclaredPolicy("copper", "*", "US", "tariff", date(2025, 3, 12), rate_pct=25)
    events = [_event("tariff", "2025-05-30", "2025-06-04", rate=50)]
    before = _one(build_board([declared], events, now=_now("2025-06-03")))
    assert (before.status, before.rate_pct, before.since) == ("tariff", 25, date(2025, 3, 12))
    assert (before.coming, before.coming_rate_pct, before.starts) == (
        "tariff",
        50,
        date(2025, 6, 4),
    )
    # the coming measure is listed first: it is dated by its day
    assert [e.kind for e in before.evidence] == ["inferred", "declared"]


def test_on_its_day_the_measure_is_in_force_since_that_day() -> None:
    declared = DeclaredPolicy("copper", "*", "US", "tariff", date(2025, 3, 12), rate_pct=25)
    events = [_event("tariff", "2025-05-30", "2025-06-04", rate=50, estimated=True)]
    for today in ("2025-06-04", "2025-06-20"):
        row = _one(build_board([declared], events, now=_now(today)))
        assert (row.status, row.rate_pct) == ("tariff", 50), today
        assert row.since == date(2025, 6, 4), "the effective day, not the publication day"
        assert row.since_estimated is False, "the day is the text's, not a first-seen day"
        assert (row.coming, row.coming_rate_pct, row.starts) == (None, None, None)


def test_without_an_effective_day_the_publication_day_dates_it_as_before() -> None:
    row = _one(
        build_board([], [_event("tariff", "2025-05-30", None, rate=50)], now=_now("2025-05-31"))
    )
    assert (row.status, row.since, row.starts, row.coming) == (
        "tariff",
        date(2025, 5, 30),
        None,
        None,
    )


def test_a_change_announced_for_later_beside_a_different_current_status() -> None:
    events = [
        _event("open", "2025-01-10", None, corridor=("CL", "US")),
        _event("suspended", "2025-05-30", "2025-07-01", corridor=("CL", "US"), source="other"),
    ]
    row = _one(build_board([], events, now=_now("2025-06-01")))
    assert (row.status, row.since) == ("open", date(2025, 1, 10))
    assert (row.coming, row.starts) == ("suspended", date(2025, 7, 1))
    assert row.conflict is False, "a coming measure does not disagree with today's"
    after = _one(build_board([], events, now=_now("2025-07-02")))
    assert (after.status, after.since, after.coming) == ("suspended", date(2025, 7, 1), None)


def test_the_soonest_of_two_coming_measures_is_shown() -> None:
    events = [
        _event("tariff", "2025-05-01", "2025-09-01", rate=75),
        _event("tariff", "2025-05-02", "2025-06-04", rate=50),
    ]
    row = _one(build_board([], events, now=_now("2025-05-20")))
    assert (row.coming_rate_pct, row.starts) == (50, date(2025, 6, 4))
    later = _one(build_board([], events, now=_now("2025-06-10")))
    assert (later.status, later.rate_pct, later.since) == ("tariff", 50, date(2025, 6, 4))
    assert (later.coming_rate_pct, later.starts) == (75, date(2025, 9, 1))


def test_a_proposal_is_never_coming_and_keeps_its_publication_day() -> None:
    events = [_event("tariff", "2025-05-30", "2025-06-04", rate=50, proposed=True)]
    for today in ("2025-05-31", "2025-06-10"):
        row = _one(build_board([], events, now=_now(today)))
        assert (row.status, row.proposed, row.since) == ("tariff", True, date(2025, 5, 30))
        assert (row.coming, row.starts) == (None, None)


def test_a_proposal_after_the_announcement_is_pending_on_a_coming_only_row() -> None:
    events = [
        _event("tariff", "2025-05-30", "2025-07-01", rate=50),
        _event("tariff", "2025-06-02", None, rate=75, proposed=True),
    ]
    row = _one(build_board([], events, now=_now("2025-06-03")))
    assert (row.status, row.since, row.starts, row.pending) == (
        "tariff",
        None,
        date(2025, 7, 1),
        "tariff",
    )
    older = [events[0], _event("quota", "2025-05-01", None, proposed=True)]
    assert _one(build_board([], older, now=_now("2025-06-03"))).pending is None


def test_a_declared_entry_with_a_later_since_is_coming_until_then() -> None:
    """(Until session 13 it showed in force "since" a day to come.)"""
    declared = DeclaredPolicy("copper", "*", "US", "tariff", date(2025, 8, 1), rate_pct=50)
    row = _one(build_board([declared], [], now=_now("2025-06-01")))
    assert (row.status, row.since, row.coming, row.starts) == (
        "tariff",
        None,
        "tariff",
        date(2025, 8, 1),
    )
    on_the_day = _one(build_board([declared], [], now=_now("2025-08-01")))
    assert (on_the_day.since, on_the_day.coming) == (date(2025, 8, 1), None)
    current = DeclaredPolicy("copper", "*", "US", "tariff", date(2025, 3, 12), rate_pct=25)
    both = _one(build_board([current, declared], [], now=_now("2025-06-01")))
    assert (both.rate_pct, both.since, both.coming_rate_pct) == (25, date(2025, 3, 12), 50)


def test_an_effective_day_before_publication_dates_the_measure() -> None:
    # "took effect June 4", published June 6: in force since the 4th
    row = _one(
        build_board(
            [], [_event("tariff", "2025-06-06", "2025-06-04", rate=50)], now=_now("2025-06-07")
        )
    )
    assert (row.since, row.starts) == (date(2025, 6, 4), None)


def test_the_event_alone_may_carry_the_day() -> None:
    event, evidence = _event("tariff", "2025-05-30", "2025-06-04", rate=50)
    undated = Evidence(
        evidence.kind, evidence.title, evidence.url, evidence.source, evidence.published
    )
    row = _one(build_board([], [(event, undated)], now=_now("2025-06-01")))
    assert row.starts == date(2025, 6, 4) and row.evidence[0].effective == date(2025, 6, 4)


def test_a_classified_headline_with_its_day_read_from_the_title() -> None:
    title = "Indonesia bans nickel ore exports from January 1"
    published = _at("2031-12-15")
    event = classify(title, "", METALS)
    assert event is not None and event.status == "suspended"
    day = effective_date(title, "", published)
    assert day == date(2032, 1, 1)
    evidence = Evidence("inferred", title, None, "wire", published, effective=day)
    before = _one(build_board([], [(event, evidence)], now=_now("2031-12-20")))
    assert (before.metal, before.status, before.since, before.starts) == (
        "nickel",
        "suspended",
        None,
        date(2032, 1, 1),
    )
    after = _one(build_board([], [(event, evidence)], now=_now("2032-01-01")))
    assert (after.since, after.starts) == (date(2032, 1, 1), None)


def test_a_board_built_before_the_day_is_outdated_on_it() -> None:
    rows = build_board(
        [], [_event("tariff", "2025-05-30", "2025-06-04", rate=50)], now=_now("2025-06-01")
    )
    assert not outdated(rows, _now("2025-06-03"))
    assert outdated(rows, _now("2025-06-04")), "a cached board must not keep saying 'coming'"
    assert not outdated(build_board([], [], now=_now("2025-06-04")), _now("2025-06-04"))
    declared = DeclaredPolicy(
        "copper", "*", "US", "quota", date(2025, 1, 1), until=date(2025, 6, 30)
    )
    ends = build_board([declared], [], now=_now("2025-06-01"))
    assert not outdated(ends, _now("2025-06-30"))
    assert outdated(ends, _now("2025-07-01"))
    assert not outdated(build_board([declared], [], now=_now("2025-07-01")), _now("2025-07-02"))
