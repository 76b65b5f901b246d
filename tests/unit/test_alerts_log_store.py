"""Alerts kept: the log and the rules' state across restarts, a rule edited starting afresh, a
version 1 store migrated in place, the snapshot's JSON carrying the run's alerts.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alerts_data import HEADLINE_RULES, config_from, refresh, sample_alert

from tests.story_titles import title_of
from tui.core.models import SourceHealth
from tui.flow.alerts import AlertEngine
from tui.flow.snapshot import build_snapshot, to_json
from tui.store import SCHEMA_VERSION, Store


def test_log_and_state_survive_a_restart(tmp_path: Path) -> None:
    config = config_from(tmp_path, HEADLINE_RULES)
    path = tmp_path / "m.db"
    with Store(path) as store:
        refresh(config, store)
        fired = AlertEngine(config, store).evaluate(build_snapshot(config, store))
        assert len(fired) == 10
    with Store(path) as store:  # a new process, the same file
        log = store.load_alerts()
        assert len(log) == 10
        assert log[0]["message"] == fired[-1].message  # newest first
        assert log[-1]["message"] == fired[0].message
        assert [e["id"] for e in log] == [a.log_id for a in reversed(fired)]
        assert {e["rule"] for e in log} == {"Tariffs", "headline: squeeze (copper)"}
        # and the rules remember what they alerted on
        assert AlertEngine(config, store).evaluate(build_snapshot(config, store)) == []
        assert len(store.load_alerts(limit=3)) == 3


def test_editing_a_rule_starts_it_afresh(tmp_path: Path) -> None:
    config = config_from(tmp_path, HEADLINE_RULES)
    edited = config_from(tmp_path, HEADLINE_RULES.replace('"export ban"', '"export bans"'))
    with Store(tmp_path / "m.db") as store:
        refresh(config, store)
        assert len(AlertEngine(config, store).evaluate(build_snapshot(config, store))) == 10
        again = AlertEngine(edited, store).evaluate(build_snapshot(edited, store))
        assert [a.rule for a in again] == ["Tariffs"] * 9


def test_a_version_1_store_is_migrated_in_place(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    with Store(path) as store:
        store.set_meta("theme", "nord")
        store.save_health(SourceHealth("Reuters", "rss", ok=True, items=500))
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE alerts")
    conn.execute("DROP TABLE alert_state")
    conn.execute("DROP TABLE policy_events")
    conn.execute("DROP TABLE pruned_headlines")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.recovered is None
        assert store.pragma("user_version") == SCHEMA_VERSION == 7
        assert store.get_meta("theme") == "nord"
        assert store.load_health()["Reuters"].items == 500
        store.record_alert(sample_alert().to_json())
        assert store.load_alerts()[0]["rule"] == "Copper above 10k"


def test_snapshot_json_carries_the_alerts_of_the_run(tmp_path: Path) -> None:
    config = config_from(tmp_path, HEADLINE_RULES)
    with Store(tmp_path / "m.db") as store:
        refresh(config, store)
        snap = build_snapshot(config, store)
        snap.alerts = [a.to_json() for a in AlertEngine(config, store).evaluate(snap)]
        doc = to_json(snap)
    assert len(doc["alerts"]) == 10
    assert (
        title_of(doc["alerts"][-1]["message"])
        == "LME gripped by flash squeeze as copper tensions boil over"
    )
    assert to_json(build_snapshot(config, Store.memory()))["alerts"] == []
