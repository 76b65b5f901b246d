"""A headline announcing a measure for a later day, through the store and the snapshot: the
event carries its effective day, the board shows it coming, the JSON and the text say so,
alerts and the since-you-looked comparison treat it as not in force before its day, and an
event a previous version stored gets its day from its title."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from tui.core.config import parse_config
from tui.core.models import Headline, Snapshot
from tui.flow.alerts import AlertEngine
from tui.flow.changes import Baseline, board_state, compare
from tui.flow.snapshot import build_snapshot, to_json, to_text
from tui.store import Store
from tui.store.snapshot_codec import encode

UTC = timezone.utc
T0 = datetime(2031, 12, 15, 9, 0, tzinfo=UTC)
TITLE = "Indonesia bans nickel ore exports from January 1"


def _config(alerts: list[dict[str, object]] | None = None):  # type: ignore[no-untyped-def]
    raw: dict[str, object] = {
        "metals": [{"id": "nickel", "name": "Nickel"}],
        "sources": [{"name": "news", "kind": "rss", "url": "http://127.0.0.1:9/f.xml"}],
    }
    if alerts:
        raw["alerts"] = alerts
    return parse_config(raw, None)


def _stored(store: Store, title: str = TITLE, summary: str = "") -> None:
    ban = Headline(title, "https://example.org/ban", "news", T0, summary=summary)
    store.save_headlines("news", [ban], seen_at=T0)


def test_a_coming_ban_through_the_snapshot(tmp_path: Path) -> None:
    config = _config()
    with Store(tmp_path / "s.sqlite3") as store:
        _stored(store)
        snap = build_snapshot(config, store, now=T0 + timedelta(days=2))
        (story,) = snap.stories
        assert story.policy_event is not None and story.policy_event.effective == date(2032, 1, 1)
        (row,) = snap.policy
        assert (row.metal, row.origin, row.status) == ("nickel", "ID", "suspended")
        assert (row.since, row.starts, row.coming) == (None, date(2032, 1, 1), "suspended")

        doc = to_json(snap)
        event = doc["headlines"][0]["policy_event"]
        assert event["effective"] == "2032-01-01" and event["status"] == "suspended"
        (prow,) = doc["policy"]
        assert (prow["since"], prow["starts"], prow["coming"], prow["coming_rate_pct"]) == (
            None,
            "2032-01-01",
            "suspended",
            None,
        )
        assert prow["evidence"][0]["effective"] == "2032-01-01"
        (line,) = [ln for ln in to_text(snap).splitlines() if ln.startswith("  nickel ")]
        assert "suspended from 2032-01-01" in line and " since " not in line

        on_the_day = build_snapshot(config, store, now=datetime(2032, 1, 1, 8, tzinfo=UTC))
        (row,) = on_the_day.policy
        assert (row.status, row.since, row.starts) == ("suspended", date(2032, 1, 1), None)
        (line,) = [ln for ln in to_text(on_the_day).splitlines() if ln.startswith("  nickel ")]
        assert "suspended since 2032-01-01" in line


def test_the_summary_lede_gives_the_day_when_the_title_names_none(tmp_path: Path) -> None:
    summary = "The ban on unprocessed ore takes effect on Feb. 2, the ministry said on Monday."
    with Store(tmp_path / "s.sqlite3") as store:
        _stored(store, "Indonesia bans nickel ore exports", summary)
        snap = build_snapshot(_config(), store, now=T0)
        (row,) = snap.policy
        assert (row.since, row.starts) == (None, date(2032, 2, 2))


def test_a_headline_without_a_day_is_dated_by_its_publication_as_before(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite3") as store:
        _stored(store, "Indonesia bans nickel ore exports")
        snap = build_snapshot(_config(), store, now=T0 + timedelta(days=2))
        (row,) = snap.policy
        assert (row.since, row.starts, row.coming) == (T0.date(), None, None)
        assert to_json(snap)["headlines"][0]["policy_event"]["effective"] is None


def test_an_event_stored_by_the_previous_version_reads_its_day_from_its_title(
    tmp_path: Path,
) -> None:
    config = _config()
    with Store(tmp_path / "s.sqlite3") as store:
        _stored(store)
        snap = build_snapshot(config, store, now=T0)
        (key,) = store.load_policy_events()
        (story,) = snap.stories
        event, evidence = story.policy_event, snap.policy[0].evidence[0]
        assert event is not None and evidence.effective == date(2032, 1, 1)
        # the body the previous version wrote: no "effective" key anywhere
        body = {
            "published": "2031-12-15T09:00:00Z",
            "event": {k: v for k, v in encode(event).items() if k != "effective"},
            "evidence": {k: v for k, v in encode(evidence).items() if k != "effective"},
        }
        store.save_policy_events([(key, body)])
        # the headline is pruned: only the stored event is left
        store.save_headlines("news", [], seen_at=T0 + timedelta(days=90))
        store.prune(max_age_days=30, max_stories=100, now=T0 + timedelta(days=90))
        stored = store.load_policy_events()
        assert "effective" not in stored[key]["evidence"]
        later = build_snapshot(config, store, now=T0 + timedelta(days=2))
        assert later.stories == []
        (row,) = later.policy
        assert (row.since, row.starts) == (None, date(2032, 1, 1))


def test_a_status_alert_waits_for_the_day_and_a_change_alert_says_it(tmp_path: Path) -> None:
    config = _config(
        [
            {"name": "bans", "when": "policy", "status": "suspended"},
            {"name": "changes", "when": "policy"},
        ]
    )
    with Store(tmp_path / "s.sqlite3") as store:
        engine = AlertEngine(config, store)
        engine.evaluate(Snapshot(generated_at=T0, metals=list(config.metals)))  # the baseline
        _stored(store)
        before = build_snapshot(config, store, now=T0 + timedelta(days=2))
        fired = engine.evaluate(before)
        assert [a.rule for a in fired] == ["changes"], "no ban in force before its day"
        assert "now suspended (from 2032-01-01)" in fired[0].message
        assert fired[0].data["starts"] == "2032-01-01" and fired[0].data["since"] is None
        assert engine.evaluate(before, now=T0 + timedelta(days=3)) == []
        on_the_day = build_snapshot(config, store, now=datetime(2032, 1, 1, 8, tzinfo=UTC))
        fired = engine.evaluate(on_the_day)
        assert sorted(a.rule for a in fired) == ["bans", "changes"]
        change = next(a for a in fired if a.rule == "changes")
        assert "suspended (from 2032-01-01) -> suspended since 2032-01-01" in change.message


def test_the_day_it_starts_is_a_change_since_the_user_last_looked(tmp_path: Path) -> None:
    config = _config()
    with Store(tmp_path / "s.sqlite3") as store:
        _stored(store)
        before = build_snapshot(config, store, now=T0 + timedelta(days=2))
        on_the_day = build_snapshot(config, store, now=datetime(2032, 1, 1, 8, tzinfo=UTC))
    state = board_state(before.policy)
    assert state == {"nickel|ID|*": ["suspended", None, False, "from 2032-01-01"]}
    baseline = Baseline(T0, json.loads(json.dumps(state)))
    assert compare(before, baseline, {}).changed_policy == set()
    assert compare(on_the_day, baseline, {}).changed_policy == {"nickel|ID|*"}
    # a baseline of three values (a previous version's) still matches a row in force
    in_force = Baseline(T0, {"nickel|ID|*": ["suspended", None, False]})
    assert compare(on_the_day, in_force, {}).changed_policy == set()
