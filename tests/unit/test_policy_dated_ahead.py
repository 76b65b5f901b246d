"""A policy status read from a story its source dates after the board's clock (a feed's clock
ahead, a local time written as UTC): the status does not start on a day still to come. The
board takes the evidence as published at its clock, the status that starts on it marked "then
or before" (``~``), and keeps the source's time beside it (``dated_ahead``: the evidence screen and the JSON say it); once the
clock passes that time the source's time stands. Before, "since 2026-12-06" was shown on
2026-12-05 and the evidence dated hours ahead of the snapshot that listed it."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tui.core.config import parse_config
from tui.core.models import Headline
from tui.flow.snapshot import build_snapshot, to_json, to_text
from tui.store import Store
from tui.ui.screens.evidence import evidence_text

UTC = timezone.utc
NOW = datetime(2026, 12, 5, 21, 40, tzinfo=UTC)

# (title, metal, origin, destination, status, hours ahead of NOW): the next UTC day, the same
# day, the most a feed date may be ahead and still be its date
AHEAD = [
    ("China bans gallium exports to the United States", "gallium", "CN", "US", "suspended", 4.5),
    ("US raises tariffs on Canadian aluminium to 50%", "aluminium", "CA", "US", "tariff", 2.0),
    ("Indonesia halts nickel ore exports", "nickel", "ID", "*", "suspended", 0.25),
    ("Chile lifts curbs on copper exports to China", "copper", "CL", "CN", "resuming", 23.0),
]


def _config():  # type: ignore[no-untyped-def]
    raw = {
        "metals": [
            {"id": m, "name": m.title()} for m in ("gallium", "aluminium", "nickel", "copper")
        ],
        "sources": [{"name": "news", "kind": "rss", "url": "http://127.0.0.1:9/f.xml"}],
    }
    return parse_config(raw, None)


def _stored(store: Store, title: str, when: datetime) -> None:
    story = Headline(title, f"https://example.org/{abs(hash(title))}", "news", when)
    store.save_headlines("news", [story], seen_at=NOW - timedelta(minutes=5))


@pytest.mark.parametrize("title, metal, origin, destination, status, hours", AHEAD)
def test_a_status_never_starts_after_the_board_clock(
    tmp_path: Path, title: str, metal: str, origin: str, destination: str, status: str, hours: float
) -> None:
    ahead = NOW + timedelta(hours=hours)
    with Store(tmp_path / "s.sqlite3") as store:
        _stored(store, title, ahead)
        snap = build_snapshot(_config(), store, now=NOW)
        (row,) = snap.policy
        assert (row.metal, row.origin, row.destination, row.status) == (
            metal,
            origin,
            destination,
            status,
        )
        # read on 2026-12-05: the measure began then or before, never on the 6th
        assert (row.since, row.since_estimated) == (date(2026, 12, 5), True)
        (ev,) = row.evidence
        assert (ev.published, ev.date_estimated, ev.dated_ahead) == (NOW, False, ahead)

        (prow,) = to_json(snap)["policy"]
        assert prow["since"] == "2026-12-05" and prow["since_estimated"] is True
        (jev,) = prow["evidence"]
        assert jev["published"] == "2026-12-05T21:40:00Z"
        assert jev["dated_ahead"] == ahead.isoformat().replace("+00:00", "Z")

        (line,) = [ln for ln in to_text(snap).splitlines() if ln.startswith(f"  {metal} ")]
        assert " since 2026-12-05~" in line and "2026-12-06" not in line

        trail = evidence_text(row).plain
        assert "since 2026-12-06" not in trail
        assert f"its source dates it {ahead:%Y-%m-%d %H:%M} UTC, ahead" in trail

        # the headline list keeps the source's time (its age reads "in 4h")
        (story,) = snap.stories
        assert story.published == ahead

        # once the clock passes the source's time, that time stands
        later = build_snapshot(_config(), store, now=ahead + timedelta(minutes=1))
        (row,) = later.policy
        assert (row.since, row.since_estimated) == (ahead.date(), False)
        (ev,) = row.evidence
        assert (ev.published, ev.date_estimated, ev.dated_ahead) == (ahead, False, None)


def test_a_story_dated_before_the_clock_is_left_as_its_source_dates_it(tmp_path: Path) -> None:
    before = NOW - timedelta(hours=30)
    with Store(tmp_path / "s.sqlite3") as store:
        _stored(store, "China bans gallium exports to the United States", before)
        (row,) = build_snapshot(_config(), store, now=NOW).policy
        assert (row.since, row.since_estimated) == (date(2026, 12, 4), False)
        (ev,) = row.evidence
        assert (ev.published, ev.date_estimated, ev.dated_ahead) == (before, False, None)
        assert (
            to_json(build_snapshot(_config(), store, now=NOW))["policy"][0]["evidence"][0][
                "dated_ahead"
            ]
            is None
        )


def test_a_dated_ahead_lift_does_not_end_a_ban_before_it_could_have_been_read(
    tmp_path: Path,
) -> None:
    # the ban of two days ago and a lift its feed dates 3 hours ahead: the lift is the newest
    # report of a known day and stands (not held back as a first-seen story would be), from
    # today (read then or before), not from tomorrow
    with Store(tmp_path / "s.sqlite3") as store:
        _stored(store, "China bans gallium exports to the United States", NOW - timedelta(days=2))
        _stored(
            store,
            "Gallium shipments from China to US resume as Beijing lifts curbs",
            NOW + timedelta(hours=3),
        )
        (row,) = build_snapshot(_config(), store, now=NOW).policy
        assert (row.status, row.conflict) == ("resuming", False)
        assert (row.since, row.since_estimated) == (date(2026, 12, 5), True)
        assert [e.status for e in row.evidence] == ["resuming", "suspended"]
