"""A quote left open in a price file (a hand-typed inch mark or note, a cell edited in a text
editor, a row pasted from elsewhere) made the CSV reader take every line after it as one quoted
cell: the rows below it, the newest prices, were gone without a word, and the row shown as
current was the one above the quote, weeks old (found by an outside test: 30 of 60 rows read,
no warning). Each line of a price table is one row: a quote that swallows the rows below it is
said, and the lines are read one by one, the broken one as its author meant it.

The inputs are made up from real data: the last rows of Yahoo's COMEX copper history (HG=F,
``tests/fixtures/prices/yfinance_history_HG=F_2018-01-02_2025-08-22.csv``), FRED's copper
series and Stooq's gold download, each with one quote left open (see
``tests/fixtures/prices/PROVENANCE.md``)."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.sources import csv_prices, fred, stooq

PRICES = Path(__file__).resolve().parent.parent / "fixtures" / "prices"
NOW = datetime(2025, 8, 25, tzinfo=timezone.utc)
OPEN_QUOTE = (PRICES / "open_quote_SYNTHETIC.csv").read_bytes()


def _hg_rows(count: int) -> list[tuple[str, str]]:
    text = (PRICES / "yfinance_history_HG=F_2018-01-02_2025-08-22.csv").read_text("utf-8")
    rows = [ln.split(",") for ln in text.strip().splitlines()[1:]][-count:]
    return [(r[0][:10], f"{float(r[4]):.4f}") for r in rows]


def _csv(name: str = "copper.csv", **options: object) -> SourceConfig:
    return SourceConfig(name="copper", kind="csv", url=name, metal="copper", options=options)


def test_the_kept_file_is_read_to_its_last_row() -> None:
    """The fixture: Date,Close,Note with a note cell opening a quote on 2025-07-18."""
    series = csv_prices.parse(OPEN_QUOTE, _csv(), fetched_at=NOW)
    rows = _hg_rows(40)
    assert series.points[-1] == (date.fromisoformat(rows[-1][0]), float(rows[-1][1]))
    assert len(series.points) == 40
    assert series.warning is not None
    assert "quote left open" in series.warning
    assert '2025-07-28,5.5950,"tbc' in series.warning, "the line is quoted"


@pytest.mark.parametrize(
    ("header", "broken", "sep"),
    [
        # the date cell opens a quote (a row pasted with its quote lost)
        ("Date,Close", '"{d},{v}', ","),
        # a note starting with an inch mark, in a third column
        ("Date,Close,Comment", '{d},{v},"12 pipe delivered', ","),
        # a European spreadsheet export, the price cell opening the quote
        ("Datum;Schluss", '{d};"{v}', ";"),
        # tab-separated, a note opening a quote
        ("Date\tClose\tNote", '{d}\t{v}\t"check', "\t"),
    ],
)
def test_a_quote_left_open_does_not_swallow_the_rows_below(
    header: str, broken: str, sep: str
) -> None:
    rows = _hg_rows(30)
    lines = [header]
    for i, (day, value) in enumerate(rows):
        shown = value.replace(".", ",") if sep == ";" else value
        if i == 12:
            lines.append(broken.format(d=day, v=shown))
        else:
            extra = sep if header.count(sep) == 2 else ""
            lines.append(f"{day}{sep}{shown}{extra}")
    data = ("\n".join(lines) + "\n").encode()
    series = csv_prices.parse(data, _csv(), fetched_at=NOW)
    newest = (date.fromisoformat(rows[-1][0]), float(rows[-1][1]))
    assert series.points[-1] == newest, "the newest row is the file's last, not one above"
    assert len(series.points) >= 29, "every other row is read"
    assert series.warning is not None and "quote left open" in series.warning


def test_a_saved_fred_download_with_a_quote_left_open_is_read_whole() -> None:
    text = (PRICES / "fred_PCOPPUSDM_2026-05.csv").read_text("utf-8").strip().splitlines()
    lines = text[:1] + text[-24:]
    lines[5] = '"' + lines[5]
    src = SourceConfig(name="fred", kind="fred", url="PCOPPUSDM.csv", metal="copper")
    series = fred.parse(
        ("\n".join(lines) + "\n").encode(),
        src,
        fetched_at=datetime(2026, 7, 1, tzinfo=timezone.utc),
    )
    last_day, last_value = lines[-1].split(",")
    assert series.points[-1] == (date.fromisoformat(last_day), pytest.approx(float(last_value)))
    assert len(series.points) == 24
    assert series.warning is not None and "quote left open" in series.warning


def test_a_saved_stooq_download_with_a_quote_left_open_is_read_whole() -> None:
    text = (PRICES / "stooq_xauusd_d.csv").read_text("utf-8").strip().splitlines()
    lines = text[:1] + text[-20:]
    lines[3] = lines[3] + ',"'
    src = SourceConfig(name="gold", kind="stooq", url="xauusd_d.csv", metal="gold")
    series = stooq.parse(
        ("\n".join(lines) + "\n").encode(),
        src,
        fetched_at=datetime(2021, 8, 11, tzinfo=timezone.utc),
    )
    last = lines[-1].split(",")
    assert series.points[-1] == (date.fromisoformat(last[0]), pytest.approx(float(last[4])))
    assert len(series.points) == 20
    assert series.warning is not None and "quote left open" in series.warning


def test_a_quoted_title_over_two_lines_is_no_open_quote() -> None:
    """A title cell quoted over two lines, closed, above the header: read as before, no word."""
    rows = _hg_rows(20)
    lines = ['"COMEX copper, front month', 'USD per pound"', "Date,Close"]
    lines += [f"{d},{v}" for d, v in rows]
    series = csv_prices.parse(("\n".join(lines) + "\n").encode(), _csv(), fetched_at=NOW)
    assert len(series.points) == 20
    assert series.points[-1][0] == date.fromisoformat(rows[-1][0])
    assert series.warning is None or "quote" not in series.warning


def test_quoted_cells_that_close_on_their_line_are_untouched() -> None:
    rows = _hg_rows(20)
    lines = ['"Date","Close","Note"'] + [f'"{d}","{v}","a, b"' for d, v in rows]
    series = csv_prices.parse(("\n".join(lines) + "\n").encode(), _csv(), fetched_at=NOW)
    assert len(series.points) == 20
    assert series.warning is None
