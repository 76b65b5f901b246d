"""A price file with one date on several rows: the lower row is kept (a correction appended
below), and the source's health line says so, with how far apart the rows were; rows of one day
at different times (intraday) are not repeats. Through ``metalwatch snapshot`` on a real file."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from tui.cli import main
from tui.core.config_types import SourceConfig
from tui.sources.prices_common import build_series, repeated_dates

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "prices"


def config_for(tmp_path: Path, fixture: str) -> Path:
    shutil.copy(FIXTURES / fixture, tmp_path / "copper.csv")
    path = tmp_path / "config.toml"
    path.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n\n'
        '[[sources]]\nname = "copper csv"\nkind = "csv"\nmetal = "copper"\n'
        'url = "copper.csv"\nunit = "USD/t"\n',
        encoding="utf-8",
    )
    return path


def test_repeated_dates_are_said_on_the_health_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = config_for(tmp_path, "repeated_dates_SYNTHETIC.csv")
    assert main(["snapshot", "--config", str(config), "--json"]) == 0
    out, err = capsys.readouterr()
    doc = json.loads(out)
    (source,) = doc["sources"]
    assert source["ok"] and source["items"] == 5
    warning = source["warning"]
    assert warning == (
        "2 dates on more than one row, the lower row kept "
        "(2026-11-27: 9901 kept, 990.1 left out: 90% apart, check the file)"
    ), warning
    assert f"warning: {warning}" in err  # and on stderr, as every source's warning
    (copper,) = doc["prices"]
    assert copper["last"] == 9901.0 and copper["points"][-3][1] == 9855.0

    assert main(["snapshot", "--config", str(config), "--offline"]) == 0
    text, _ = capsys.readouterr()
    assert "(warning: 2 dates on more than one row, the lower row kept" in text


def test_a_correction_of_a_few_dollars_is_said_without_alarm() -> None:
    said = repeated_dates(
        [("2026-11-25", 9850.25), ("2026-11-25", 9855.0), ("2026-11-26", 9870.0)],
        newest_first=False,
    )
    assert said == (
        "1 date on more than one row, the lower row kept (2026-11-25: 9855 kept, 9850.25 left out)"
    )
    # newest first: the upper row is the one build_series keeps, and the one named kept
    rows = [(date(2026, 11, 26), 9870.0), (date(2026, 11, 25), 9855.0), (date(2026, 11, 25), 1.0)]
    kept = build_series(
        SourceConfig(name="x", kind="csv"), symbol="x", unit="", rows=rows, default_kind="unknown"
    )
    assert dict(kept.points)[date(2026, 11, 25)] == 9855.0
    said = repeated_dates([("25.11.2026", 9855.0), ("25.11.2026", 9855.0)], newest_first=True)
    assert said == (
        "1 date on more than one row, the upper row kept, the file being newest first "
        "(25.11.2026: 9855 kept, the same price)"
    )


def test_intraday_rows_of_one_day_are_not_repeats(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = config_for(tmp_path, "intraday_newest_first_SYNTHETIC.csv")
    assert main(["snapshot", "--config", str(config), "--json"]) == 0
    (source,) = json.loads(capsys.readouterr().out)["sources"]
    assert source["ok"] and not (source["warning"] or "").count("more than one row")
