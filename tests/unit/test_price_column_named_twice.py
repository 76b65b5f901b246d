"""A wide price file with two columns named after the source's metal and neither named as the
price (an LME-like ``Copper Official Cash`` beside ``Copper 3-Month``), through the real
``metalwatch snapshot --json`` (``tui.cli.main``) on FRED's copper series rewritten here.

Before, the first such column was read without a word, though the rule is that several
candidates with nothing to choose by are an error, never a guess (cash and three-month prices
differ, and which one is shown matters). Now the source's line names both and asks for
``value_column``; a column among them that says it is the price (``Settlement``) is read, as
before.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tui.cli import main

FRED = Path(__file__).resolve().parents[1] / "fixtures" / "prices" / "fred_PCOPPUSDM_2026-05.csv"
ROWS = [line.split(",") for line in FRED.read_text(encoding="utf-8").splitlines()[1:]]
LAST = float(ROWS[-1][1])


def _run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], header: str, options: str = ""
) -> dict[str, Any]:
    """The FRED rows as a file of ``header``'s three columns: the date, the price, the price
    plus 50 (a three-month price above cash)."""
    text = header + "\n" + "".join(f"{d},{v},{float(v) + 50}\n" for d, v in ROWS)
    data = tmp_path / "lme_copper.csv"
    data.write_text(text, encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n'
        f'[[sources]]\nname = "lme"\nkind = "csv"\nmetal = "copper"\nurl = "{data}"\n{options}',
        encoding="utf-8",
    )
    main(["snapshot", "--config", str(config), "--json"])
    out, _ = capsys.readouterr()
    return json.loads(out)


@pytest.mark.parametrize(
    "header", ["Date,Copper Official Cash,Copper 3-Month", "Date,Copper (USD/t),Copper 3M (USD/t)"]
)
def test_two_columns_named_after_the_metal_are_no_guess(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], header: str
) -> None:
    doc = _run(tmp_path, capsys, header)
    (source,) = doc["sources"]
    assert not source["ok"] and doc["prices"] == []
    first, second = header.split(",")[1:]
    assert source["error"] == (
        f"2 columns name copper ({first}, {second}) and none says it is the price: set value_column"
    )


def test_value_column_reads_the_one_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header = "Date,Copper Official Cash,Copper 3-Month"
    doc = _run(tmp_path, capsys, header, 'value_column = "Copper 3-Month"\n')
    (price,) = doc["prices"]
    assert price["last"] == pytest.approx(LAST + 50)


def test_the_one_that_says_it_is_the_price_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = _run(tmp_path, capsys, "Date,Copper Cash Settlement,Copper 3-Month")
    (price,) = doc["prices"]
    assert price["last"] == pytest.approx(LAST)
    assert doc["sources"][0]["warning"] is None
