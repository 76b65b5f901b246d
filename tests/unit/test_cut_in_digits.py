"""A price file whose last row was cut off inside its number, though what is left still reads as
one (``2026-12-04,4.`` or ``4.5`` under rows that all write ``4.5125``; ``11025.`` under
``11018.25``), is not read as the newest price: with no line break after it and fewer decimals
than every row above (a writer of fixed decimals), it is left out and the health line says so,
naming the way to have a whole row read (end the file with a line break). Before, ``4.`` for
copper's 4.5125 USD/lb was shown as the newest price, -11%, within the price guard's plausible
move: no word anywhere. A whole last row with as many decimals, and a last row ending with a line
break, are read as before. A last price ending the file that nothing shows whole (a file whose
decimals vary, as stooq's or a pandas export's, or none) is left out and said too.

Module: ``tui/sources/cut_digits.py`` (read by ``csv_prices`` and ``download_table``, which
serves ``fred`` and ``stooq``)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from tui.core.config_types import SourceConfig
from tui.sources import csv_prices, fred, stooq
from tui.sources.cut_digits import short_of_digits

NOW = datetime(2026, 12, 5, tzinfo=timezone.utc)
DAYS = [date(2026, 11, 2) + timedelta(days=i) for i in range(30)]
CUT = "last line cut off, left out: "
WHY = "fewer decimals than the rows above and no line break after it"


def _rows(values: list[str], sep: str = ",") -> str:
    return "".join(f"{d.isoformat()}{sep}{v}\n" for d, v in zip(DAYS, values, strict=False))


LB = [f"{4.5125 + i / 1000:.4f}" for i in range(20)]  # copper, USD/lb, 4 decimals
T = [f"{11018.25 + i * 3:.2f}" for i in range(20)]  # copper, USD/t, 2 decimals
EU = [f"{2650.5 + i:.2f}".replace(".", ",") for i in range(20)]  # gold, decimal comma
WHOLE = [str(9800 + i * 7) for i in range(20)]  # nickel, whole dollars
NEXT = date(2026, 11, 22).isoformat()


def _csv(text: str, metal: str = "copper", **options: object):
    src = SourceConfig(name="p", kind="csv", url="p.csv", metal=metal, options=options)
    return csv_prices.parse(text.encode(), src, fetched_at=NOW)


@pytest.mark.parametrize(
    ("header", "rows", "last", "metal", "sep"),
    [
        ("Date,Close", LB, "4.", "copper", ","),
        ("Date,Close", LB, "4.5", "copper", ","),
        ("Date,Close", LB, "4.512", "copper", ","),
        ("Date,Price", T, "11025.", "copper", ","),
        ("Date,Price", T, "11025.5", "copper", ","),
        ("Date,Price", T, "1102", "copper", ","),
        ("Datum;Schluss", EU, "2670,", "gold", ";"),
        ("Datum;Schluss", EU, "2670,5", "gold", ";"),
        ("date,settlement", WHOLE, "9941.", "nickel", ","),
    ],
)
def test_a_last_row_cut_inside_its_number_is_left_out(
    header: str, rows: list[str], last: str, metal: str, sep: str
) -> None:
    text = f"{header}\n" + _rows(rows, sep) + f"{NEXT}{sep}{last}"
    got = _csv(text, metal)
    assert got.points[-1][0] == DAYS[len(rows) - 1], got.points[-1]
    assert NEXT not in {d.isoformat() for d, _ in got.points}
    assert got.warning is not None and got.warning.startswith(CUT), got.warning
    assert WHY in got.warning, got.warning


@pytest.mark.parametrize(
    ("rows", "last"),
    [
        (LB, "4.5200"),  # as many decimals: a whole row, as Yahoo's downloads end
        (T, "11025.50"),
    ],
)
def test_a_whole_last_row_is_read(rows: list[str], last: str) -> None:
    got = _csv("Date,Close\n" + _rows(rows) + f"{NEXT},{last}")
    assert got.points[-1][0].isoformat() == NEXT
    assert got.warning is None or CUT not in got.warning, got.warning


@pytest.mark.parametrize(
    ("rows", "last"),
    [
        (LB, "4.52001"),  # more decimals than the writer's: the start of a longer number?
        (WHOLE, "9941"),  # no decimals: the start of 99410?
        # decimals that vary (stooq, pandas: trailing zeros dropped): 4.5 may be 4.51 cut
        (["4.5", "4.51", "4.512", "4.5", "4.5125", "4.52"], "4.5"),
        (LB[:3], "4."),  # too few rows above to know the writer's way
    ],
)
def test_an_unjudgeable_last_price_ending_the_file_is_left_out(rows: list[str], last: str) -> None:
    """Nothing shows such a number whole: it is left out and said, as in a Stooq or FRED file
    (it was read as the newest price before); a line break after it has it read."""
    got = _csv("Date,Close\n" + _rows(rows) + f"{NEXT},{last}")
    assert NEXT not in {d.isoformat() for d, _ in got.points}
    assert got.warning is not None and got.warning.startswith(CUT), got.warning
    assert "no line break after its price" in got.warning, got.warning
    ended = _csv("Date,Close\n" + _rows(rows) + f"{NEXT},{last}\n")
    assert ended.points[-1][0].isoformat() == NEXT and ended.warning is None


@pytest.mark.parametrize("last", ["4.", "4.5", "11025."])
def test_a_last_row_ending_with_a_line_break_was_finished(last: str) -> None:
    """The writer ended the row: a slip in it is the price guard's to judge, not a cut."""
    assert not short_of_digits(f"Date,Close\n2026-11-02,4.5125\n{NEXT},{last}\n", [], ".")
    rows = LB if last.startswith("4") else T
    cells = [*rows, last]
    assert short_of_digits(f"...,{last}", cells, ".")
    assert not short_of_digits(f"...,{last}\r\n", cells, ".")
    assert not short_of_digits(f"...,{last}\n  ", cells, ".")


def test_fred_and_stooq_downloads_cut_mid_number() -> None:
    fred_text = "observation_date,PCOPPUSDM\n" + "".join(
        f"2025-{m:02d}-01,{9000 + m * 101.5:.12f}\n" for m in range(1, 12)
    )
    src = SourceConfig(
        name="f", kind="fred", url="x", metal="copper", options={"series": "PCOPPUSDM"}
    )
    # FRED ends its last line with a line break (tests/unit/test_cut_last_price_cell.py)
    whole = fred.parse(
        (fred_text + "2025-12-01,10330.012500000000\n").encode(), src, fetched_at=NOW
    )
    assert whole.points[-1] == (date(2025, 12, 1), 10330.0125) and whole.warning is None
    cut = fred.parse((fred_text + "2025-12-01,10330.01").encode(), src, fetched_at=NOW)
    assert cut.points[-1][0] == date(2025, 11, 1)
    assert cut.warning is not None and cut.warning.startswith(CUT) and WHY in cut.warning

    stooq_text = "Date,Open,High,Low,Close\n" + "".join(
        f"2026-11-{d:02d},2650.10,2660.20,2640.30,{2655.4 + d:.2f}\n" for d in range(2, 20)
    )
    ssrc = SourceConfig(name="s", kind="stooq", url="xauusd_d.csv", metal="gold")
    got = stooq.parse(
        (stooq_text + "2026-11-20,2651.00,2661.00,2641.00,2675.").encode(), ssrc, fetched_at=NOW
    )
    assert got.points[-1][0] == date(2026, 11, 19)
    assert got.warning is not None and WHY in got.warning, got.warning
