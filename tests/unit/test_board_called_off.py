"""The board and a coming measure called off before its day: a lift published after the
announcement, or the same measure announced again for another day, withdraws it."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, datetime

from tui.core.models import DeclaredPolicy, Evidence, PolicyEvent, PolicyStatus
from tui.engine.board import build_board


def _now(day: str) -> datetime:
    return datetime.fromisoformat(day + "T12:00:00+00:00")


def _event(
    status: str,
    published: str,
    effective: str | None = None,
    *,
    rate: float | None = None,
    proposed: bool = False,
    source: str = "wire",
) -> tuple[PolicyEvent, Evidence]:
    day = date.fromisoformat(effective) if effective else None
    event = PolicyEvent(("nickel",), "ID", "*", status, rate, proposed, 0.8, ("w",), day)
    evidence = Evidence(
        kind="inferred",
        title=f"{status} {rate} {published} {effective}",
        url=f"https://example.com/{published}/{status}/{rate}/{effective}",
        source=source,
        published=datetime.fromisoformat(published + "T09:00:00+00:00"),
        confidence=0.8,
        effective=day,
    )
    return event, evidence


def _row(
    events: list[tuple[PolicyEvent, Evidence]],
    today: str,
    declared: Sequence[DeclaredPolicy] = (),
) -> PolicyStatus:
    rows = build_board(list(declared), events, now=_now(today))
    assert len(rows) == 1, rows
    return rows[0]


BAN = _event("suspended", "2025-03-01", "2025-04-01")
LIFTED = _event("resuming", "2025-03-10")


def test_a_lift_published_before_the_day_calls_the_ban_off() -> None:
    before = _row([BAN, LIFTED], "2025-03-20")
    assert (before.status, before.since) == ("resuming", date(2025, 3, 10))
    assert (before.coming, before.starts) == (None, None), "the ban is not coming any more"
    after = _row([BAN, LIFTED], "2025-04-15")
    assert (after.status, after.since) == ("resuming", date(2025, 3, 10)), "nor in force on its day"
    assert [e.withdrawn for e in after.evidence] == [True, False], "kept in the trail, marked"
    assert after.evidence[0].to_json()["withdrawn"] is True


def test_a_lift_published_after_the_day_is_a_later_change_not_a_withdrawal() -> None:
    late = _event("resuming", "2025-04-10")
    row = _row([BAN, late], "2025-04-15")
    assert (row.status, row.since) == ("resuming", date(2025, 4, 10))
    before_lift = _row([BAN], "2025-04-05")
    assert (before_lift.status, before_lift.since) == ("suspended", date(2025, 4, 1))


def test_news_before_the_announcement_does_not_call_it_off() -> None:
    earlier = _event("resuming", "2025-02-01")
    row = _row([earlier, BAN], "2025-04-02")
    assert (row.status, row.since) == ("suspended", date(2025, 4, 1))


def test_the_same_restriction_reported_again_does_not_call_it_off() -> None:
    again = _event("suspended", "2025-03-10")  # a report of the ban, no day named
    row = _row([BAN, again], "2025-03-20")
    assert (row.coming, row.starts) == ("suspended", date(2025, 4, 1))
    assert not any(e.withdrawn for e in row.evidence)


def test_a_postponed_measure_keeps_only_its_new_day() -> None:
    postponed = _event("suspended", "2025-03-15", "2025-07-01")
    row = _row([BAN, postponed], "2025-03-20")
    assert (row.coming, row.starts, row.since) == ("suspended", date(2025, 7, 1), None)
    on_old_day = _row([BAN, postponed], "2025-04-02")
    assert (on_old_day.status, on_old_day.since, on_old_day.starts) == (
        "suspended",
        None,
        date(2025, 7, 1),
    ), "the old day passes with nothing in force"


def test_a_later_step_at_another_rate_is_a_new_step_not_a_postponement() -> None:
    first = _event("tariff", "2025-01-10", "2025-02-01", rate=25)
    step = _event("tariff", "2025-01-20", "2025-03-01", rate=50)
    row = _row([first, step], "2025-02-10")
    assert (row.status, row.rate_pct, row.since) == ("tariff", 25, date(2025, 2, 1))
    assert (row.coming_rate_pct, row.starts) == (50, date(2025, 3, 1))


def test_a_restriction_published_before_a_coming_lift_calls_the_lift_off() -> None:
    lift = _event("resuming", "2025-05-01", "2025-06-01")
    kept = _event("suspended", "2025-05-20")
    row = _row([lift, kept], "2025-06-10")
    assert (row.status, row.since) == ("suspended", date(2025, 5, 20))


def test_a_proposal_to_lift_does_not_call_a_ban_off() -> None:
    plan = _event("resuming", "2025-03-10", proposed=True)
    row = _row([BAN, plan], "2025-03-20")
    assert (row.coming, row.starts, row.pending) == ("suspended", date(2025, 4, 1), "resuming")


def test_a_declared_lift_after_the_announcement_calls_it_off() -> None:
    declared = DeclaredPolicy("nickel", "ID", "*", "open", date(2025, 3, 12))
    row = _row([BAN], "2025-04-15", declared=[declared])
    assert (row.status, row.since, row.coming) == ("open", date(2025, 3, 12), None)


def test_the_evidence_view_says_the_announcement_was_called_off() -> None:
    from tui.ui.screens.evidence import evidence_text

    text = evidence_text(_row([BAN, LIFTED], "2025-03-20")).plain
    assert text.count("called off before its day") == 1
    assert "from 2025-04-01 — called off before its day" in text


def test_a_lift_on_the_day_a_replacement_starts_does_not_call_it_off() -> None:
    """A ban replaced by quotas from a day, and on that day the ban's lift reported (or
    announced before for that same day): the quota starts, it is not called off."""
    ban = _event("suspended", "2025-02-22")
    quotas = _event("quota", "2025-09-20", "2025-10-16")
    lifts = (
        _event("resuming", "2025-10-16", source="paper"),
        _event("resuming", "2025-10-10", "2025-10-16", source="paper"),
    )
    for lift in lifts:
        row = _row([ban, quotas, lift], "2025-10-20")
        assert (row.status, row.since) == ("quota", date(2025, 10, 16)), lift
        assert not any(e.withdrawn for e in row.evidence)
        assert not row.conflict, "one switch told by two outlets, not a disagreement"
    # a lift in force before the quota's day still calls it off
    early = _row([ban, quotas, _event("resuming", "2025-10-01")], "2025-10-20")
    assert (early.status, early.since) == ("resuming", date(2025, 10, 1))


def test_a_measure_put_off_keeps_its_rate_when_the_new_day_states_none() -> None:
    first = _event("tariff", "2025-02-01", "2025-02-04", rate=25)
    moved = _event("tariff", "2025-02-03", "2025-03-04")
    row = _row([first, moved], "2025-02-05")
    assert (row.coming, row.coming_rate_pct, row.starts) == ("tariff", 25, date(2025, 3, 4))


def test_on_one_day_the_later_report_stands_unless_a_measure_starts_that_day() -> None:
    """A ban reported in the morning and lifted in the afternoon of one day: the lift stands,
    whichever order the stories come in; a quota scheduled for that day still stands after a
    lift reported that day."""
    from datetime import timedelta

    ban = _event("suspended", "2025-05-02", source="wire")
    lift = _event("resuming", "2025-05-02", source="paper")
    afternoon = (
        lift[0],
        dataclasses.replace(lift[1], published=lift[1].published + timedelta(hours=8)),
    )
    for events in ([ban, afternoon], [afternoon, ban]):
        assert _row(events, "2025-05-03").status == "resuming"
    quota = _event("quota", "2025-04-20", "2025-05-02")
    for events in ([quota, afternoon], [afternoon, quota]):
        assert _row(events, "2025-05-03").status == "quota"
