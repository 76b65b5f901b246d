"""``metalwatch snapshot`` says how old each number is: ``prices[].stale``/``age_days``, the
change's period, the current tariff rate's ``since``, a declared measure's end, and numbers
without float noise. In-process through ``tui.cli.main`` with local files only (no network)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from tui.cli import main
from tui.core.fmt import source_decimals


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write_user_config(tmp_path: Path, last: date) -> Path:
    """One metal, a local daily CSV in USD/lb whose newest row is ``last``, two declared tariff
    entries for one corridor (25% then 50%) and a declared measure that ended."""
    rows = [(last - timedelta(days=i)) for i in reversed(range(60))]
    csv = "Date,Close\n" + "".join(
        f"{d.isoformat()},{4.5 + i / 400:.4f}\n" for i, d in enumerate(rows)
    )
    (tmp_path / "copper.csv").write_text(csv, encoding="utf-8")
    text = """
[[metals]]
id = "copper"
name = "Copper"
unit = "USD/t"

[[sources]]
name = "My copper CSV"
kind = "csv"
metal = "copper"
url = "copper.csv"
unit = "USD/lb"
price_type = "futures"
value_column = "Close"

[[policy]]
metal = "copper"
origin = "*"
destination = "US"
status = "tariff"
rate_pct = 25
since = 2025-02-10

[[policy]]
metal = "copper"
origin = "*"
destination = "US"
status = "tariff"
rate_pct = 50
since = 2025-06-04

[[policy]]
metal = "copper"
origin = "CN"
destination = "US"
status = "licensing"
since = 2025-11-09
until = 2026-01-31
"""
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _policy(doc: dict[str, Any], origin: str) -> dict[str, Any]:
    (row,) = [r for r in doc["policy"] if r["origin"] == origin]
    return row


def test_json_marks_a_forty_day_old_daily_csv_stale(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    today = datetime.now(timezone.utc).date()
    config = write_user_config(tmp_path, today - timedelta(days=40))
    code, out, err = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    assert code == 0, err
    doc = json.loads(out)
    (price,) = doc["prices"]
    assert price["frequency"] == "daily" and price["change_period"] == "1d"
    assert (price["stale"], price["age_days"], price["expected_age_days"]) == (True, 40, 5)
    assert price["window_change_pct"] is None, "60 days do not cover a year"
    # converted from USD/lb (four decimals) to USD/t: one decimal, no float noise
    assert all(source_decimals(v) <= 1 for _, v in price["points"]), price["points"][:3]
    assert price["last"] == round((4.5 + 59 / 400) * 2204.62262184878, 1)

    tariff = _policy(doc, "*")
    assert (tariff["status"], tariff["rate_pct"], tariff["since"]) == ("tariff", 50.0, "2025-06-04")
    assert [e["published"] for e in tariff["evidence"]] == ["2025-06-04", "2025-02-10"]
    ended = _policy(doc, "CN")
    assert (ended["until"], ended["expired"]) == ("2026-01-31", True)
    assert ended["evidence"][0]["until"] == "2026-01-31"

    code, text, err = run_cli(capsys, "snapshot", "--config", str(config))
    assert code == 0, err
    line = next(
        ln for ln in text.splitlines() if ln.strip().startswith("copper ") and "USD/t" in ln
    )
    assert "STALE (40d old)" in line and "1d" in line
    assert "tariff 50% since 2025-06-04" in text
    assert "[ended 2026-01-31 — check]" in text


def test_a_fresh_series_is_not_stale(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    today = datetime.now(timezone.utc).date()
    config = write_user_config(tmp_path, today - timedelta(days=1))
    code, out, err = run_cli(capsys, "snapshot", "--config", str(config), "--json")
    assert code == 0, err
    (price,) = json.loads(out)["prices"]
    assert (price["stale"], price["age_days"]) == (False, 1)


def test_demo_clock_and_data_as_of_agree(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "snapshot", "--demo", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["generated_at"] == doc["data_as_of"] == "2026-08-23T00:00:00Z"
    by_metal = {p["metal"]: p for p in doc["prices"]}
    # the demo is a capture: its series are as old as they were on its date, and say so
    gold = by_metal["gold"]
    assert (gold["as_of"], gold["frequency"], gold["stale"]) == ("2025-10-01", "monthly", True)
    assert gold["age_days"] == (date(2026, 8, 23) - date(2025, 10, 1)).days
    copper = by_metal["copper"]
    assert (copper["as_of"], copper["age_days"], copper["stale"]) == ("2026-07-30", 24, True)
    assert all(source_decimals(v) <= 4 for _, v in copper["points"]), "no float noise"
    # the register as of the demo's date: China's suspension runs, its end is declared
    gallium = next(
        r
        for r in doc["policy"]
        if (r["metal"], r["origin"], r["destination"]) == ("gallium", "CN", "US")
    )
    assert (gallium["status"], gallium["until"], gallium["expired"]) == (
        "licensing",
        "2026-11-27",
        False,
    )
    aluminium = next(
        r
        for r in doc["policy"]
        if (r["metal"], r["origin"], r["destination"]) == ("aluminium", "*", "US")
    )
    assert (aluminium["rate_pct"], aluminium["since"]) == (50.0, "2025-06-04")
    # every declared entry links its text; the founding story is a scenario of its own
    declared = [e for r in doc["policy"] for e in r["evidence"] if e["kind"] == "declared"]
    assert declared and all(e["url"] and e["url"].startswith("https://") for e in declared)
    founding = [h for h in doc["headlines"] if h["source"] == "Founding scenario"]
    assert len(founding) == 1 and founding[0]["url"] is None
    assert all(
        o["url"] and o["url"].startswith("https://www.reuters.com/")
        for h in doc["headlines"]
        if h["source"] != "Founding scenario"
        for o in h["outlets"]
    )
