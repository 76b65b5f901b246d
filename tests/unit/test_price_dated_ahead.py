"""A price point dated a day after the snapshot's UTC day (a close in Asia, dated in its own
day, is a day ahead of UTC for part of it; the refresh keeps such points) read "age_days": -1
in ``snapshot --json``, no note in the text snapshot, and "in 1d" on the panel: a price to
come. Its age is now 0 everywhere, and every reader says it is dated ahead: ``dated_ahead_days``
in the JSON, "(dated 1d ahead of today in UTC)" in the text. Real CSV files served by a real
HTTP server on 127.0.0.1, into a real SQLite store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from tui.core.config import parse_config
from tui.core.config_types import Config
from tui.core.freshness import ahead_note, freshness
from tui.core.models import PriceSeries
from tui.flow.refresh import Refresher
from tui.flow.snapshot import build_snapshot, to_json
from tui.flow.snapshot_render import to_text
from tui.store import Store

# late in the UTC evening: Tokyo's, Shanghai's and Sydney's day is already the next one
T0 = datetime(2026, 6, 30, 22, 30, tzinfo=timezone.utc)
TOMORROW = date(2026, 7, 1)


@pytest.fixture(name="store")
def store_fixture(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "store.sqlite3") as s:
        yield s


def daily(last: date, n: int = 30) -> str:
    days = [last - timedelta(days=i) for i in reversed(range(n))]
    return "Date,Close\n" + "".join(f"{d},{9000 + i}.5\n" for i, d in enumerate(days))


def monthly(last: date, n: int = 14) -> str:
    out, y, m = [], last.year, last.month
    for _ in range(n):
        out.append(date(y, m, 1))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return "Date,Close\n" + "".join(f"{d},{2500 + i}\n" for i, d in enumerate(reversed(out)))


def config(urls: dict[str, str]) -> Config:
    return parse_config(
        {
            "app": {"timeout": "5s"},
            "metals": [{"id": m, "name": m.title()} for m in urls],
            "sources": [
                {
                    "name": f"{m} close",
                    "kind": "csv",
                    "metal": m,
                    "url": url,
                    "unit": "USD/t",
                    "value_column": "Close",
                }
                for m, url in urls.items()
            ],
        },
        None,
    )


async def refresh(cfg: Config, store: Store) -> None:
    refresher = Refresher(cfg, store, clock=lambda: T0, jitter=0)
    try:
        outcomes = await refresher.run(list(cfg.sources))
    finally:
        await refresher.aclose()
    assert all(o.ok and o.warning is None for o in outcomes), outcomes


@pytest.mark.parametrize(
    ("last", "frequency", "age", "ahead"),
    [
        (date(2026, 12, 4), "daily", 0, 1),  # a day ahead of the UTC day
        (date(2026, 12, 3), "daily", 0, 0),  # today
        (date(2026, 12, 2), "daily", 1, 0),
        (date(2027, 1, 1), "monthly", 0, 29),  # stored under a clock that ran ahead
        (date(2026, 12, 1), "monthly", 2, 0),
    ],
)
def test_the_age_is_never_negative_and_the_days_ahead_are_said(
    last: date, frequency: str, age: int, ahead: int
) -> None:
    now = datetime(2026, 12, 3, 20, 0, tzinfo=timezone.utc)
    series = PriceSeries("s", "X", "USD/t", ((last - timedelta(days=40), 1.0), (last, 2.0)))
    series = PriceSeries("s", "X", "USD/t", series.points, frequency=frequency)
    fresh = freshness(series, now)
    assert fresh is not None
    assert (fresh.age_days, fresh.ahead_days, fresh.stale) == (age, ahead, False)
    assert ahead_note(fresh) == (f"dated {ahead}d ahead of today in UTC" if ahead else "")


async def test_json_and_text_agree_on_a_close_dated_tomorrow(
    httpserver: HTTPServer, store: Store
) -> None:
    httpserver.expect_request("/asia.csv").respond_with_data(
        daily(TOMORROW), content_type="text/csv"
    )
    httpserver.expect_request("/lme.csv").respond_with_data(
        daily(T0.date()), content_type="text/csv"
    )
    httpserver.expect_request("/avg.csv").respond_with_data(
        monthly(TOMORROW), content_type="text/csv"
    )  # a month's average dated the 1st of a month that has begun in Asia, not in UTC
    cfg = config(
        {
            "nickel": httpserver.url_for("/asia.csv"),
            "copper": httpserver.url_for("/lme.csv"),
            "zinc": httpserver.url_for("/avg.csv"),
        }
    )
    await refresh(cfg, store)
    snap = build_snapshot(cfg, store, now=T0)
    rows = {r["metal"]: r for r in to_json(snap)["prices"]}
    assert rows["nickel"]["as_of"] == rows["zinc"]["as_of"] == "2026-07-01"
    assert (rows["nickel"]["age_days"], rows["nickel"]["dated_ahead_days"]) == (0, 1)
    assert (rows["zinc"]["age_days"], rows["zinc"]["dated_ahead_days"]) == (0, 1)
    assert (rows["copper"]["age_days"], rows["copper"]["dated_ahead_days"]) == (0, 0)
    assert all(r["age_days"] >= 0 and not r["stale"] for r in rows.values())

    text = to_text(snap)
    prices = text[text.index("\nPRICES\n") : text.index("\nTRADE POLICY\n")].splitlines()
    lines = {ln.split()[0]: ln for ln in prices if ln.startswith("  ")}
    assert lines["nickel"].endswith("(dated 1d ahead of today in UTC)"), lines["nickel"]
    assert lines["zinc"].endswith("(dated 1d ahead of today in UTC)"), lines["zinc"]
    assert "ahead" not in lines["copper"] and "STALE" not in lines["nickel"]
