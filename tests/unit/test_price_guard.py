"""The price guard: what counts as rewriting history or an implausible move, and the override."""

from __future__ import annotations

import math
from datetime import date, timedelta

from tui.core.models import PriceSeries
from tui.flow import price_guard
from tui.flow.price_guard import MOVE_FLOOR, check, plausible_move

START = date(2026, 1, 1)


def series(values: list[float], start: date = START, step: int = 1) -> PriceSeries:
    points = tuple((start + timedelta(days=i * step), v) for i, v in enumerate(values))
    return PriceSeries("src", "SYM", "USD/t", points, metal="copper")


CALM = [9000 + 30 * math.sin(i) for i in range(60)]  # daily moves well under 1 %


def test_no_history_nothing_to_judge_and_a_short_one_uses_the_floor() -> None:
    assert check(series([9000, 92]), []) is None
    assert check(series([9000, 92]), series([9000, 9010]).points) is not None
    assert check(series([9000, 9300]), series([9000, 9010]).points) is None
    one = series([9200]).points
    assert check(series([92]), one) is not None, "the only stored value, cut mid-number"
    assert check(series([9250]), one) is None
    assert check(series([9200, 92]), one) is not None


def test_a_cut_newest_value_is_suspect() -> None:
    stored = series(CALM).points
    new = series([*CALM[:-1], 92.0])  # the newest stored date, cut mid-number
    reason = check(new, stored)
    assert reason is not None and reason.startswith("suspect update held back:")
    assert "revised from 9,019.1 to 92" in reason and "max_move_pct" in reason


def test_a_new_point_far_from_the_last_is_suspect_and_a_normal_one_is_not() -> None:
    stored = series(CALM).points
    assert check(series([*CALM, 92.0]), stored) is not None
    assert check(series([*CALM, CALM[-1] * 1.04]), stored) is None  # 4 %: within the floor


def test_rewritten_history_is_suspect_but_rounding_and_the_newest_point_are_not() -> None:
    stored = series(CALM).points
    rewritten = list(CALM)
    rewritten[10] = CALM[10] * 1.02
    reason = check(series(rewritten), stored)
    assert reason is not None and "rewrites stored history" in reason
    rounded = [round(v, 2) for v in CALM]
    assert check(series(rounded), stored) is None
    revised = [*CALM[:-1], CALM[-1] * 1.01]  # today's provisional value moves: allowed
    assert check(series(revised), stored) is None
    wild_revision = [*CALM[:-1], CALM[-1] * 1.5]
    reason = check(series(wild_revision), stored)
    assert reason is not None and "revised from" in reason


def test_plausible_comes_from_the_series_own_history() -> None:
    assert plausible_move(series(CALM).points) == math.log1p(MOVE_FLOOR)
    wild = [100.0, 150.0, 90.0, 140.0, 100.0, 160.0]  # moves of ~50 %
    allowed = plausible_move(series(wild).points)
    assert allowed == price_guard.MOVE_MULTIPLE * abs(math.log(90 / 150))
    assert check(series([*wild, 300.0]), series(wild).points) is None  # x1.9: normal here
    assert check(series([*wild, 160.0 * 20]), series(wild).points) is not None


def test_a_long_gap_allows_a_larger_move() -> None:
    stored = series(CALM).points
    later = (CALM[-1] * 1.45,)
    jump_next_day = series([*CALM, *later])
    assert check(jump_next_day, stored) is not None
    after_a_quarter = PriceSeries(
        "src", "SYM", "USD/t", (*stored, (START + timedelta(days=59 + 90), later[0]))
    )
    assert check(after_a_quarter, stored) is None  # sqrt(90) periods widen the limit


def test_max_move_pct_overrides_for_a_wild_market() -> None:
    stored = series(CALM).points
    doubled = series([*CALM, CALM[-1] * 2])
    assert check(doubled, stored) is not None
    assert check(doubled, stored, {"max_move_pct": 150}) is None
    assert check(doubled, stored, {"max_move_pct": 50}) is not None
    halved = series([*CALM, CALM[-1] / 2])  # a fall to 1/2 is the mirror of a rise to 2x
    assert check(halved, stored, {"max_move_pct": 150}) is None


def test_monthly_series_use_their_own_step() -> None:
    monthly = [2000.0 * (1.03 ** (i % 5)) for i in range(24)]
    stored = series(monthly, step=30).points
    assert check(series([*monthly, monthly[-1] * 1.2], step=30), stored) is None
    assert check(series([*monthly, monthly[-1] / 100], step=30), stored) is not None


def test_the_stored_points_of_one_series_are_read_alone() -> None:
    from tui.store import Store

    store = Store.memory()
    try:
        store.save_series(series(CALM))
        store.save_series(PriceSeries("other", "SYM", "USD/t", ((START, 1.0),)))
        assert store.series_points("src", "SYM") == list(series(CALM).points)
        assert store.series_points("src", "NONE") == []
    finally:
        store.close()


def test_with_nothing_stored_a_cut_newest_point_is_judged_by_the_answers_own_history() -> None:
    cut = series([*CALM, 90.0])  # "...,9012.5" cut off after "90"
    kept, reason = price_guard.screen(cut, [])
    assert kept.points == series(CALM).points
    assert reason is not None and reason.startswith("newest point left out")
    assert "-99%" in reason and "max_move_pct" in reason
    # a calm newest point, a move within the series' own range, and the override all pass
    assert price_guard.screen(series(CALM), []) == (series(CALM), None)
    wild = [100.0, 130.0, 100.0, 130.0, 100.0, 180.0]  # 30 % swings: 80 % is within 3x
    assert price_guard.screen(series(wild), [])[1] is None
    assert price_guard.screen(cut, [], {"max_move_pct": 20000})[1] is None
    # one earlier point: too little to judge a plausible move by, but a move of 5x or more
    # either way is no market's (a number cut off a digit or two moves 10x or 100x)
    kept, reason = price_guard.screen(series([9001.0, 90.0]), [])
    assert kept is not None and kept.points == series([9001.0]).points
    assert reason is not None and reason.startswith("newest point left out") and "-99%" in reason
    assert price_guard.screen(series([9001.0, 900.0]), [])[0] == series([9001.0])
    assert price_guard.screen(series([90.0, 9001.0]), [])[0] == series([90.0])
    for value in (9001.0 * 3.5, 9001.0 / 3.5, 4500.0, 15000.0):  # nickel, March 2022: 3.5x
        assert price_guard.screen(series([9001.0, value]), []) == (series([9001.0, value]), None)
    assert price_guard.screen(series([9001.0, 90.0]), [], {"max_move_pct": 20000})[1] is None
    assert price_guard.screen(series([9001.0, 90.0]), [], {"max_move_pct": 50})[1] is not None
    assert price_guard.screen(series([9001.0]), []) == (series([9001.0]), None)


def test_no_real_price_file_loses_its_newest_point() -> None:
    from datetime import datetime, timezone
    from pathlib import Path

    from tui.core.config_types import SourceConfig
    from tui.sources import csv_prices

    fixtures = Path(__file__).parent.parent / "fixtures" / "prices"
    real = [p for p in sorted(fixtures.glob("*.csv")) if "SYNTHETIC" not in p.name]
    assert len(real) >= 15
    for path in real:
        metal = "copper" if "pinksheet" in path.name else None
        src = SourceConfig(name="s", kind="csv", url=str(path), metal=metal)
        parsed = csv_prices.parse(path.read_bytes(), src, fetched_at=datetime.now(timezone.utc))
        assert price_guard.screen(parsed, [])[1] is None, path.name


def test_with_history_stored_only_a_suspect_newest_point_is_left_out() -> None:
    stored = series(CALM[:50]).points
    cut = series([*CALM, 90.0])  # ten new calm days, then the newest cut mid-number
    kept, reason = price_guard.screen(cut, stored)
    assert kept is not None and kept.points == series(CALM).points
    assert reason is not None and reason.startswith("newest point left out")
    # the same answer with nothing stored reads the same way
    assert price_guard.screen(cut, []) == (kept, reason)
    # a suspect point in the middle, or a rewritten stored date, holds the whole update back
    middle = series([*CALM[:55], 90.0, *CALM[56:]])
    assert price_guard.screen(middle, stored) == (None, check(middle, stored))
    revised = series([*CALM[:49], 90.0])  # the newest stored date revised to a cut value
    kept, reason = price_guard.screen(revised, stored)
    assert kept is None and reason is not None and reason.startswith("suspect update held back")


def _real_hg(name: str):  # type: ignore[no-untyped-def]
    from datetime import datetime, timezone
    from pathlib import Path

    from tui.core.config_types import SourceConfig
    from tui.sources import csv_prices

    path = Path(__file__).parent.parent / "fixtures" / "prices" / name
    src = SourceConfig(name="s", kind="csv", url=str(path), metal="copper")
    return csv_prices.parse(path.read_bytes(), src, fetched_at=datetime.now(timezone.utc))


def test_with_nothing_stored_rows_in_another_unit_are_left_out_and_said() -> None:
    """A file of COMEX copper (real yfinance rows) that switched from USD/lb to USD/t part way,
    with no unit column: read whole, the chart jumped 2,204 times on 2025-07-21 and the row's
    history mixed the two. The run of points the newest belongs to stays; the older run, which
    no market's move joins to it, is left out and said."""
    parsed = _real_hg("yfinance_HG=F_unit_switch_SYNTHETIC.csv")
    assert len(parsed.points) == 60
    kept, why = price_guard.screen(parsed, [])
    assert kept is not None and kept.points[0] == (date(2025, 7, 21), 12369.03)
    assert kept.points[-1] == (date(2025, 8, 22), 9805.06)  # the real -20% of 2025-07-31 stays
    assert len(kept.points) == 25
    assert why is not None and why.startswith("35 points left out (2025-05-30 to 2025-07-18)")
    assert "2025-07-21 moves +" in why and "a change of unit or a mistake?" in why
    # the source's max_move_pct takes the ceiling's place: a wild series is read whole
    assert price_guard.screen(parsed, [], {"max_move_pct": 300000}) == (parsed, None)


def test_with_nothing_stored_a_slip_in_the_middle_is_left_out_alone() -> None:
    """One row ten times too high in the middle of a real file (a decimal slip) was stored and
    drawn as a spike, and widened the plausible move of the next 250 updates to 1,000 times:
    the guard let anything through for a year. That row alone is left out and said."""
    real = _real_hg("yfinance_history_HG=F_2018-01-02_2025-08-22.csv")
    points = list(real.points[-200:])
    day, value = points[120]
    points[120] = (day, value * 10)
    slipped = PriceSeries(real.source, real.symbol, real.unit, tuple(points), metal="copper")
    kept, why = price_guard.screen(slipped, [])
    assert kept is not None and kept.points == tuple(p for i, p in enumerate(points) if i != 120)
    assert why is not None and why.startswith(f"1 point left out ({day}), a change of unit")
    assert "moves +90" in why
    # nothing is left out of the real file itself
    assert price_guard.screen(real, []) == (real, None)
    # the next fetch of the same file reads the same way: the slip's date is not stored, and
    # it was taken then as history filled in
    assert price_guard.screen(slipped, kept.points) == (kept, why)


def test_rows_in_another_unit_stay_out_on_later_fetches_too() -> None:
    """The unit-switched file fetched again: its older rows' dates are not stored, and were
    taken as history filled in (the cliff back on the chart, no word). They stay out, said."""
    parsed = _real_hg("yfinance_HG=F_unit_switch_SYNTHETIC.csv")
    kept, why = price_guard.screen(parsed, [])
    assert kept is not None
    assert price_guard.screen(parsed, kept.points) == (kept, why)
    # history filled in that a plausible move joins is taken as before
    assert price_guard.screen(kept, kept.points[5:]) == (kept, None)
