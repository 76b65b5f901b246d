"""Odd cells of a price file, through the real ``metalwatch snapshot --json``
(``tui.cli.main``) on files written here; each was read wrong before:

- a price written ``1 0710`` (a space that does not part thousands: a number mistyped, or two
  cells run together) was read 10710 by dropping the space; thousands separators, spaces as
  much as commas and points, must part the whole number into groups of three: a cell that does
  not is no price, left out and counted with the file's other unreadable rows.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tui.cli import main

COPPER = '[[metals]]\nid = "copper"\nname = "Copper"\nunit = "USD/t"\n'


def _run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], csv: str, options: str = ""
) -> dict[str, Any]:
    data = tmp_path / "copper.csv"
    data.write_text(csv, encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text(
        f'{COPPER}[[sources]]\nname = "mine"\nkind = "csv"\nmetal = "copper"\n'
        f'url = "{data}"\n{options}',
        encoding="utf-8",
    )
    main(["snapshot", "--config", str(config), "--json"])
    out, _ = capsys.readouterr()
    return json.loads(out)


@pytest.mark.parametrize(
    ("bad", "delimiter"),
    [
        ("1 0710", ","),  # a space not parting thousands
        ("10 71 0", ","),
        ('"10,7391.5"', ","),  # a comma not parting thousands
        ("1\u00a00710.5", ","),  # a no-break space
        ("10.7391,5", ";"),  # a point not parting thousands, in a decimal-comma file
        ("1 0710,5", ";"),
    ],
)
def test_a_cell_whose_separators_do_not_group_by_threes_is_no_price(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bad: str, delimiter: str
) -> None:
    d = delimiter
    rows = [
        f"Date{d}Price",
        f"2026-11-30{d}10 650",
        f"2026-12-01{d}10 680",
        f"2026-12-02{d}{bad}",
        f"2026-12-03{d}10 725",
    ]
    doc = _run(tmp_path, capsys, "\n".join(rows) + "\n")
    (source,) = doc["sources"]
    assert source["ok"], source
    assert source["items"] == 3
    assert source["warning"].startswith("1 of 4 rows skipped: unreadable value")
    (price,) = doc["prices"]
    assert [d for d, _ in price["points"]] == ["2026-11-30", "2026-12-01", "2026-12-03"]
    assert price["last"] == 10725


@pytest.mark.parametrize(
    ("cell", "value", "delimiter"),
    [
        ("10 710", 10710.0, ","),
        ("10\u202f710.5", 10710.5, ","),
        ("10'710.5", 10710.5, ","),
        ('"10,710.5"', 10710.5, ","),
        ("10.710,5", 10710.5, ";"),
        ("10 710,5", 10710.5, ";"),
        ("$ 10 710.5", 10710.5, ","),
        ("10710.5", 10710.5, ","),
    ],
)
def test_a_cell_grouped_by_threes_reads_as_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cell: str, value: float, delimiter: str
) -> None:
    d = delimiter
    doc = _run(tmp_path, capsys, f"Date{d}Price\n2026-12-01{d}10 650\n2026-12-02{d}{cell}\n")
    (source,) = doc["sources"]
    assert source["ok"] and source["items"] == 2, source
    assert doc["prices"][0]["last"] == value
