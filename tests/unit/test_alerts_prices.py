"""Alerts on prices from real data to delivery: a price crossing a threshold (no repeats,
cool-down, both ways) and a big move over a window.

Data flows as in the app: a config file -> the real Refresher reading local files (real FRED
CSVs, a real RSS capture, a policy file) -> the store -> build_snapshot -> AlertEngine ->
delivery (``deliver`` lines, ``run_hooks`` commands).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from alerts_data import ALU_CSV, COPPER_CSV, config_from, months, price_source, refresh, run_months

from tui.flow.alerts import AlertEngine, price_move
from tui.flow.snapshot import build_snapshot
from tui.store import Store

COPPER_ABOVE_10K = (
    price_source("FRED copper", "copper", "PCOPPUSDM", Path("@FEED@"))
    + '\n[[alerts]]\nname = "Copper above 10k"\nwhen = "price"\nmetal = "copper"\nabove = 10000\n'
)


def test_price_fires_once_per_crossing_over_five_years_of_real_copper(tmp_path: Path) -> None:
    fired = run_months(tmp_path, COPPER_ABOVE_10K, COPPER_CSV, months("2021-01-01", "2026-05-01"))
    # copper (FRED PCOPPUSDM, USD/t) crossed 10,000 upwards in exactly these months
    assert [d for d, _ in fired] == ["2021-05-01", "2022-03-01", "2024-05-01", "2025-10-01"]
    _, first = fired[0]
    assert (first.rule, first.kind, first.metal, first.severity) == (
        "Copper above 10k",
        "price",
        "copper",
        "warning",
    )
    assert first.data["value"] == pytest.approx(10166.285)
    assert first.data["as_of"] == "2021-05-01" and first.data["unit"] == "USD/t"
    assert first.message == "Copper at 10,166 USD/t on 2021-05-01, above 10,000 (FRED copper)"
    assert first.data["stale"] is False, "read in the month of its price: current"
    last = fired[-1][1]
    assert last.data["value"] == pytest.approx(10739.91826086957)


def test_price_first_sight_beyond_threshold_fires_once(tmp_path: Path) -> None:
    body = (
        price_source("FRED copper", "copper", "PCOPPUSDM", COPPER_CSV)
        + '[[alerts]]\nwhen = "price"\nmetal = "copper"\nbelow = 2200\nabove = 13000\n'
    )
    config = config_from(tmp_path, body)
    assert config.alerts[0].name == "copper outside 2200-13000"
    with Store(tmp_path / "m.db") as store:
        refresh(config, store)
        engine = AlertEngine(config, store)
        (alert,) = engine.evaluate(build_snapshot(config, store))
        assert alert.data["side"] == "above"
        assert alert.data["value"] == pytest.approx(13483.75153846154)
        # read today, months after the file's last price: the alert says it is stale
        last = alert.data["as_of"]
        assert alert.data["stale"] is True
        assert alert.message.endswith(f"[stale: no price since {last}]")
        assert engine.evaluate(build_snapshot(config, store)) == []
        refresh(config, store)  # the same data again: still no repeat
        assert engine.evaluate(build_snapshot(config, store)) == []


def test_price_cooldown_refires_while_the_condition_holds(tmp_path: Path) -> None:
    body = COPPER_ABOVE_10K.replace("above = 10000\n", 'above = 10000\ncooldown = "45d"\n')
    fired = run_months(tmp_path, body, COPPER_CSV, months("2025-09-01", "2026-05-01"))
    # above 10k from 2025-10 on: the crossing, then every time 45 days have passed since
    assert [d for d, _ in fired] == ["2025-10-01", "2025-12-01", "2026-02-01", "2026-04-01"]
    assert [a.data["repeat"] for _, a in fired] == [False, True, True, True]


def test_price_below_fires_on_the_way_down(tmp_path: Path) -> None:
    body = COPPER_ABOVE_10K.replace("above = 10000", "below = 9500")
    fired = run_months(tmp_path, body, COPPER_CSV, months("2021-01-01", "2025-12-01"))
    # first sight (7,972 in 2021-01), then each month copper fell back under 9,500
    assert [d for d, _ in fired] == [
        "2021-01-01",
        "2021-07-01",
        "2022-05-01",
        "2024-07-01",
        "2024-11-01",
        "2025-04-01",
    ]
    assert fired[0][1].data["value"] == pytest.approx(7972.1475)
    assert fired[1][1].data["value"] == pytest.approx(9450.820454545456)
    assert all(a.data["side"] == "below" for _, a in fired)


def test_move_fires_on_big_monthly_moves_of_real_aluminium(tmp_path: Path) -> None:
    body = (
        price_source("FRED aluminium", "aluminium", "PALUMUSDM", Path("@FEED@"))
        + '[[alerts]]\nwhen = "move"\nmetal = "aluminium"\npct = 8\nwindow = "1d"\n'
    )
    fired = run_months(tmp_path, body, ALU_CSV, months("2025-10-01", "2026-05-01"))
    # month on month: +8.97% (2026-01), -2.19%, +10.04% (2026-03), +6.56%, +1.66%
    assert [d for d, _ in fired] == ["2026-01-01", "2026-03-01"]
    jan, mar = fired[0][1], fired[1][1]
    assert jan.rule == "aluminium moves 8% in 1d"
    assert jan.data["direction"] == "up"
    assert jan.data["pct"] == pytest.approx(
        (3133.982727272727 / 2875.897727272727 - 1) * 100, abs=1e-4
    )
    assert jan.data["from"] == {"date": "2025-12-01", "value": pytest.approx(2875.897727272727)}
    assert mar.data["pct"] == pytest.approx((3372.952727272727 / 3065.1885 - 1) * 100, abs=1e-4)
    assert "Aluminium up 10.04% in 1d" in mar.message


def test_move_window_reaches_back_to_the_last_point_at_or_before() -> None:
    points = tuple(
        (date.fromisoformat(d), float(v))
        for d, v in (ln.split(",") for ln in ALU_CSV.read_text(encoding="utf-8").splitlines()[1:])
    )
    base, last, pct = price_move(points, 90 * 86400) or pytest.fail("no move")
    # 2026-05-01 - 90 days = 2026-01-31: the last point at or before it is 2026-01-01
    assert base == (date(2026, 1, 1), pytest.approx(3133.982727272727))
    assert last == (date(2026, 5, 1), pytest.approx(3654.015384615385))
    assert pct == pytest.approx((3654.015384615385 / 3133.982727272727 - 1) * 100)
    assert price_move(points[:1], 86400) is None
    assert price_move(points[:3], 365 * 86400) is None  # nothing that far back


def test_a_move_across_a_gap_is_no_move_of_the_window() -> None:
    """A daily series with a gap (January's closes, then one in November) fired "copper up
    188.00% in 1d", a move over ten months told as a day's. A move needs a point within one
    step of the window's start (a monthly series' "1d" is still since the previous month)."""
    january = [(date(2026, 1, 1) + timedelta(days=i), 100.0) for i in range(30)]
    gapped = (*january, (date(2026, 11, 30), 300.0))
    assert price_move(gapped, 86400, max_gap_days=5) is None
    months = ((date(2026, 3, 1), 100.0), (date(2026, 4, 1), 110.0))
    move = price_move(months, 86400, max_gap_days=45)
    assert move is not None and move[2] == pytest.approx(10.0)
