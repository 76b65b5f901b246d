"""An alert a session fired while a lock kept it in memory keeps its identity through the merge
into the file: a delivery note recorded after the rejoin lands on that alert's row, not on the
row that has its memory id in the file (another program's alert, or none).

Real SQLite files; the lock is a second connection's write transaction, as another program's.
"""

from __future__ import annotations

from pathlib import Path

from alerts_data import COPPER_CSV, config_from, csv_upto, price_source, refresh
from test_rejoin_faults import alert, write_locked

from tui.flow.alerts import AlertEngine
from tui.flow.snapshot import build_snapshot
from tui.flow.store_open import rejoin
from tui.store import Store

RULE = '\n[[alerts]]\nname = "Copper above 13k"\nwhen = "price"\nmetal = "copper"\nabove = 13000\n'


def test_a_delivery_noted_after_the_rejoin_lands_on_the_alert_it_was_about(
    tmp_path: Path,
) -> None:
    feed = tmp_path / "feed.csv"
    csv_upto(COPPER_CSV, feed, "2026-05-01")  # above 13,000
    config = config_from(tmp_path, price_source("FRED copper", "copper", "PCOPPUSDM", feed) + RULE)
    path = tmp_path / "store.sqlite3"
    with Store(path) as s:
        s.save_alert_round({}, [alert(0), alert(1)])  # the log holds ids 1 and 2
    store = write_locked(path)  # the session on a copy in memory: its next id is 3
    refresh(config, store)
    engine = AlertEngine(config, store)
    (fired,) = engine.evaluate(build_snapshot(config, store))
    assert fired.log_id == 3
    with Store(path) as other:  # another program logs two alerts meanwhile: ids 3 and 4
        other.save_alert_round({}, [alert(2), alert(3)])

    assert rejoin(store, path) is not None and store.saves  # the session's alert is id 5 now
    engine.note_delivery(fired, "command failed: notify-send exited with status 1")
    store.close()

    with Store(path) as file:
        noted = {a["message"]: a["delivery"] for a in file.load_alerts()}
    assert noted.pop(fired.message) == "command failed: notify-send exited with status 1"
    assert set(noted.values()) == {None}, "another program's alert got the note"
