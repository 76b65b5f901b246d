"""Alerts remembered across processes on one store: the app, ``watch`` and ``snapshot`` each
evaluate the rules against the same SQLite file, and an alert fires once among them.

Each "process" here is its own ``Store`` (its own SQLite connection) on one real file, fed by
the real refresher from a real FRED copper CSV (the file as it stood in April 2026, under
13,000 USD/t, then in May 2026, above it).
"""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from alerts_data import COPPER_CSV, config_from, csv_upto, price_source, refresh

from tui.flow import alerts as alerts_module
from tui.flow.alerts import AlertEngine
from tui.flow.snapshot import build_snapshot
from tui.store import Store

RULE = '\n[[alerts]]\nname = "Copper above 13k"\nwhen = "price"\nmetal = "copper"\nabove = 13000\n'


def test_two_processes_evaluating_at_once_fire_an_alert_once(
    tmp_path: Path, monkeypatch: Any
) -> None:
    """Found by the audit: each process read the rules' states, evaluated, then wrote them in
    a separate transaction. Two processes evaluating at once (the app's refresh and a
    ``watch`` round) both saw the rule unfired and both fired it: two toasts, two log entries,
    the command run twice. The round is now one write transaction: the second waits for the
    first and sees the rule fired."""
    feed = tmp_path / "feed.csv"
    csv_upto(COPPER_CSV, feed, "2026-05-01")
    config = config_from(tmp_path, price_source("FRED copper", "copper", "PCOPPUSDM", feed) + RULE)
    path = tmp_path / "store.sqlite3"
    with Store(path) as store:
        refresh(config, store)
        snap = build_snapshot(config, store)

    price = alerts_module._EVALUATORS["price"]
    inside_a = threading.Event()
    b_done = threading.Event()

    def slow_price(engine: AlertEngine, *args: Any) -> Any:
        # process A is in the middle of its evaluation when process B evaluates
        if threading.current_thread().name == "A":
            inside_a.set()
            b_done.wait(1.0)
        return price(engine, *args)

    monkeypatch.setitem(alerts_module._EVALUATORS, "price", slow_price)
    fired: dict[str, list[str]] = {}

    def process(name: str) -> None:
        with Store(path) as own:
            fired[name] = [a.rule for a in AlertEngine(config, own).evaluate(snap)]
        if name == "B":
            b_done.set()

    a = threading.Thread(target=process, args=("A",), name="A")
    a.start()
    assert inside_a.wait(5)
    b = threading.Thread(target=process, args=("B",), name="B")
    b.start()
    a.join(10)
    b.join(10)
    assert sorted(fired["A"] + fired["B"]) == ["Copper above 13k"], fired
    with Store(path) as store:
        assert [e["rule"] for e in store.load_alerts()] == ["Copper above 13k"]


def test_an_older_snapshot_never_undoes_a_crossing_a_newer_one_fired(tmp_path: Path) -> None:
    """A snapshot built from older data (another process's, or one painted from the cache
    before a rebuild) is evaluated after a newer one fired: it must not put the rule back
    "inside", or the next newer snapshot fires the same crossing again. A mark written under
    a clock that was ahead (and then set back) is not trusted: rules go on firing."""
    feed = tmp_path / "feed.csv"
    csv_upto(COPPER_CSV, feed, "2026-04-01")  # 12,890.7: under 13,000
    config = config_from(tmp_path, price_source("FRED copper", "copper", "PCOPPUSDM", feed) + RULE)
    with Store(tmp_path / "store.sqlite3") as store:
        refresh(config, store)
        april = build_snapshot(config, store)
        csv_upto(COPPER_CSV, feed, "2026-05-01")  # 13,483.8: above
        refresh(config, store)
        may = build_snapshot(config, store)
        assert april.data_as_of is not None and may.data_as_of is not None
        assert april.data_as_of < may.data_as_of
        engine = AlertEngine(config, store)
        assert [a.rule for a in engine.evaluate(may)] == ["Copper above 13k"]
        assert AlertEngine(config, store).evaluate(april) == []  # older: moves nothing
        assert AlertEngine(config, store).evaluate(may) == []  # so no second crossing

        # the clock was a day ahead when the mark was written, then set right: trusted no more
        ahead = (datetime.now(timezone.utc) + timedelta(days=1)).isoformat()
        store.set_meta("alerts.data_as_of", ahead)
        assert AlertEngine(config, store).evaluate(april) == []  # inside: the rule resets
        assert [a.rule for a in AlertEngine(config, store).evaluate(may)] == ["Copper above 13k"]
