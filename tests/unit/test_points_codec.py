"""A price series' points in the snapshot cache: days as runs, prices as their doubles' bytes,
read back exactly; anything else in the plain form."""

from __future__ import annotations

import json
import struct
from datetime import date, timedelta

from tui.store import points_codec


def _bits(points: tuple[tuple[date, float], ...]) -> list[tuple[date, bytes]]:
    return [(d, struct.pack("<d", v)) for d, v in points]


def test_daily_and_weekday_series_round_trip_bit_for_bit() -> None:
    start = date(2024, 1, 1)
    days = [
        start + timedelta(days=i) for i in range(400) if (start + timedelta(days=i)).weekday() < 5
    ]
    values = [1.0 / 3, -0.0, 29430.12, 1e-300, float("inf"), float("nan"), 5e300]
    points = tuple((d, values[i % len(values)] * (i + 1)) for i, d in enumerate(days))
    encoded = points_codec.encode(points)
    runs, blob = encoded
    assert isinstance(blob, str)
    assert len(runs) < len(days) / 2  # a run a week, not a number a day
    back = points_codec.decode(json.loads(json.dumps(encoded)))
    assert [d for d, _ in back] == days
    assert _bits(back) == _bits(points)
    assert all(type(v) is float for _, v in back)


def test_one_run_for_a_daily_series_and_gaps_start_new_runs() -> None:
    d = date(2025, 3, 1)
    points = tuple((d + timedelta(days=i), float(i)) for i in [0, 1, 2, 5, 6, 9])
    runs, _ = points_codec.encode(points)
    o = d.toordinal()
    assert runs == [o, 3, o + 5, 2, o + 9, 1]
    assert points_codec.decode(points_codec.encode(points)) == points


def test_prices_that_are_not_all_floats_keep_the_plain_form() -> None:
    d = date(2025, 3, 1)
    points = ((d, 1.5), (d + timedelta(days=1), 2))
    encoded = points_codec.encode(points)  # type: ignore[arg-type]
    assert encoded == [[d.toordinal(), d.toordinal() + 1], [1.5, 2]]
    back = points_codec.decode(json.loads(json.dumps(encoded)))
    assert back == points and type(back[1][1]) is int


def test_the_plain_form_of_older_caches_is_read() -> None:
    d = date(2024, 2, 28)
    plain = [[d.toordinal(), d.toordinal() + 2], [10.25, 11.5]]
    assert points_codec.decode(plain) == ((d, 10.25), (d + timedelta(days=2), 11.5))
    assert points_codec.decode([[], []]) == ()
    assert points_codec.decode(points_codec.encode(())) == ()


def test_series_of_one_calendar_share_their_dates() -> None:
    d = date(2025, 1, 1)
    a = tuple((d + timedelta(days=i), float(i)) for i in range(30))
    b = tuple((d + timedelta(days=i), float(-i)) for i in range(30))
    runs: dict[tuple[int, int], list[date]] = {}
    back_a = points_codec.decode(points_codec.encode(a), runs)
    back_b = points_codec.decode(points_codec.encode(b), runs)
    assert back_a == a and back_b == b
    assert all(x[0] is y[0] for x, y in zip(back_a, back_b, strict=True))
