"""A converted price keeps the significant digits its source's own number shows, through the
real ``metalwatch snapshot`` (``tui.cli.main``) on local files, and the conversion itself.

Before, a file of ``449.00`` and ``450.00`` US cents per pound, read as the floats ``449.0`` and
``450.0`` (their written decimals lost), was taken for whole numbers: shown per tonne as
``9921`` in the JSON and ``9,921`` in the text (four significant digits of the source's five),
and a file whose other rows had cents (``448.25``) gave ``9920.8`` in the JSON but still
``9,921`` on the text line and in the panel. Now the source's digits are at least those its own
unit shows it with (``450.00``), carried through the conversion (``9920.8`` / ``9,920.8``; COMEX
copper's ``4.4475 USD/lb``, five digits: ``9,805.1 USD/t``); one whose size shows as many digits
is drawn as before (``6.3460 USD/lb``: ``13,990 USD/t``, the demo's copper).
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tui.cli import main
from tui.core.fmt import format_price, shown_places
from tui.core.models import PriceSeries
from tui.core.units import convert_series
from tui.sources.csv_columns import in_one_unit

PRICES = Path(__file__).resolve().parent.parent / "fixtures" / "prices"
HG = PRICES / "yfinance_history_HG=F_2018-01-02_2025-08-22.csv"  # daily, USD/lb
COPPER = '[[metals]]\nid = "copper"\nname = "Copper"\nunit = "USD/t"\n'
DAY = date(2026, 12, 1)


def _run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, unit: str
) -> tuple[dict[str, Any], str]:
    (tmp_path / "cu.csv").write_text(body, encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text(
        f'{COPPER}[[sources]]\nname = "Cu"\nkind = "csv"\nmetal = "copper"\n'
        f'url = "cu.csv"\nunit = "{unit}"\nvalue_column = "Close"\n',
        encoding="utf-8",
    )
    main(["snapshot", "--config", str(config), "--json"])
    (price,) = json.loads(capsys.readouterr().out)["prices"]
    main(["snapshot", "--config", str(config)])
    line = next(ln for ln in capsys.readouterr().out.splitlines() if ln.startswith("  copper"))
    return price, line


def _file(values: list[str]) -> str:
    rows = [f"{(DAY + timedelta(days=i)).isoformat()},{v}" for i, v in enumerate(values)]
    return "Date,Close\n" + "\n".join(rows) + "\n"


@pytest.mark.parametrize(
    ("values", "points"),
    [
        (["449.00", "450.00"], [9898.8, 9920.8]),  # whole cents written with their decimals
        (["448.25", "449.10", "450.00"], [9882.2, 9901.0, 9920.8]),
        (["450"], [9920.8]),  # one price: shown in USc/lb as 450.00
    ],
)
def test_cents_per_pound_keep_their_digits_per_tonne(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], values: list[str], points: list[float]
) -> None:
    price, line = _run(tmp_path, capsys, _file(values), "USc/lb")
    assert [v for _, v in price["points"]] == points
    assert price["last"] == points[-1]
    assert " 9,920.8 USD/t " in line, line


def test_a_unit_column_converted_at_the_read_keeps_its_digits() -> None:
    days = [DAY, DAY + timedelta(days=1)]
    out, unit, _ = in_one_unit([(days[0], 449.0), (days[1], 450.0)], ["USc/lb"] * 2, "USD/t")
    assert unit == "USD/t"
    assert [v for _, v in out] == [9898.8, 9920.8]


def test_comex_copper_per_tonne_shows_the_sources_digits() -> None:
    """COMEX copper in USD/lb (four decimals: ``4.4475``, five digits) per tonne: one decimal
    kept in the points (as the JSON gave them before), and shown (``9,805.1``); at ``6.3460``
    the size shows the five digits (``13,990``)."""
    rows = HG.read_text(encoding="utf-8").splitlines()[1:]
    points = tuple(
        (date.fromisoformat(r[:10]), round(float(r.split(",")[4]), 4)) for r in rows if r
    )
    series = convert_series(PriceSeries("HG", "HG=F", "USD/lb", points), "USD/t")
    last = series.points[-1][1]
    assert last == round(points[-1][1] * 2204.62262184878, 1)
    assert format_price(last, shown_places(series.decimals, last)) == "9,805.1"
    high = convert_series(PriceSeries("HG", "HG=F", "USD/lb", (*points, (DAY, 6.346))), "USD/t")
    top = high.points[-1][1]
    assert format_price(top, shown_places(high.decimals, top)) == "13,990"
    # the metal's own unit: no conversion, shown by its size
    same = convert_series(series, "USD/t")
    assert same.decimals == series.decimals
    assert shown_places(None, 9920.75) == 0
