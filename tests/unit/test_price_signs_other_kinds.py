"""Currency signs in the cells of a site's download saved again (``€13,483.75``), read by the
``fred``, ``stooq`` and ``yahoo`` kinds as the ``csv`` kind reads them, through the real
``metalwatch snapshot --json`` (``tui.cli.main``) on real files rewritten here.

Before, only the ``csv`` kind looked at the signs: FRED's copper series with every price in
euros was shown as USD/t (the series id's unit), a Yahoo download of HG=F in euros as USD/lb
(the symbol's), without a word. Now a sign in another currency than the unit the series id,
the symbol, the header or the ``unit`` option names gives the series the cells' currency, and
the source's line says so; a sign in the same currency changes nothing; cells in two
currencies keep the newest row's.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tui.cli import main

PRICES = Path(__file__).resolve().parents[1] / "fixtures" / "prices"
# each kind's real file: its name, metal, the price column and the unit the kind gives it
# without a sign (the series id's, the Stooq symbol's, the Yahoo symbol's)
FILES = {
    "fred": ("fred_PCOPPUSDM_2026-05.csv", "copper", 1, "USD/t"),
    "stooq": ("stooq_xauusd_d.csv", "gold", 4, "USD/ozt"),
    "yahoo": ("yahoo_v8_to_csv_HG=F_2000-08-30_2026-07-30.csv", "copper", 4, "USD/lb"),
}
KINDS = list(FILES)
KEPT = 300  # the newest rows of each file


def _rows(kind: str) -> list[list[str]]:
    """The kind's real file, its header and newest rows, as cells."""
    lines = (PRICES / FILES[kind][0]).read_text(encoding="utf-8").splitlines()
    return [ln.split(",") for ln in [lines[0], *lines[-KEPT:]]]


def _signed(
    kind: str, sign: str, after: str = "", rows: slice = slice(1, None), newest: str = ""
) -> str:
    """The kind's real file with each price of ``rows`` written with ``sign`` before it and
    ``after`` after it (quoted where that holds a comma), the rows after them with ``newest``."""
    table = _rows(kind)
    col = FILES[kind][2]
    for i, row in enumerate(table[1:], 1):
        marks = (sign, after) if i in range(len(table))[rows] else (newest, "")
        row[col] = f"{marks[0]}{row[col]}{marks[1]}"
        row[col] = f'"{row[col]}"' if "," in row[col] else row[col]
    return "".join(",".join(row) + "\n" for row in table)


def _last(kind: str) -> float:
    return float(_rows(kind)[-1][FILES[kind][2]])


def _run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, text: str, options: str = ""
) -> dict[str, Any]:
    name, metal, _, _ = FILES[kind]
    data = tmp_path / name
    data.write_text(text, encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text(
        f'[[metals]]\nid = "{metal}"\nname = "{metal.title()}"\n'
        f'[[sources]]\nname = "mine"\nkind = "{kind}"\nmetal = "{metal}"\n'
        f'url = "{data}"\n{options}',
        encoding="utf-8",
    )
    main(["snapshot", "--config", str(config), "--json"])
    out, _ = capsys.readouterr()
    return json.loads(out)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("sign", "after"), [("€", ""), ("EUR ", ""), ("", " €")])
def test_prices_in_euros_are_shown_in_euros(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, sign: str, after: str
) -> None:
    doc = _run(tmp_path, capsys, kind, _signed(kind, sign, after))
    (price,) = doc["prices"]
    assert price["unit"] == "EUR"
    assert price["last"] == pytest.approx(_last(kind))
    assert len(price["points"]) == KEPT
    unit = FILES[kind][3]
    assert doc["sources"][0]["warning"] == (
        f"the prices are written in EUR, not {unit}: shown in EUR"
    )


@pytest.mark.parametrize("kind", KINDS)
def test_the_unit_option_gives_way_to_the_cells_currency(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    doc = _run(tmp_path, capsys, kind, _signed(kind, "€"), 'unit = "USD/t"\n')
    (price,) = doc["prices"]
    assert price["unit"] == "EUR"
    assert doc["sources"][0]["warning"] == "the prices are written in EUR, not USD/t: shown in EUR"


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("sign", ["$", "US$ ", ""])
def test_dollars_or_no_sign_keep_the_kinds_unit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, sign: str
) -> None:
    doc = _run(tmp_path, capsys, kind, _signed(kind, sign))
    (price,) = doc["prices"]
    assert price["unit"] == FILES[kind][3]
    assert price["last"] == pytest.approx(_last(kind))
    assert doc["sources"][0]["warning"] is None


@pytest.mark.parametrize("kind", KINDS)
def test_a_switch_of_currency_keeps_the_newest_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    """The older rows in dollars, the last two in euros: one series in euros, never both."""
    doc = _run(tmp_path, capsys, kind, _signed(kind, "$", rows=slice(1, -2), newest="€"))
    (price,) = doc["prices"]
    assert price["unit"] == "EUR"
    assert len(price["points"]) == 2
    assert doc["sources"][0]["warning"].startswith(
        f"prices in more than one currency (USD, EUR): {KEPT - 2} points not in EUR left out"
    )
