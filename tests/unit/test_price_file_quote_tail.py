"""Real price files (IMF and Investing.com, every cell quoted; Stooq and FRED downloads) whose
last line is a cut quoted cell: only its opening quote (``"``, a download cut right after it),
a quote character alone, or a first cell left open with a line break after it (``"G0`` then a
newline: the break is inside the open quote, so the line never ended).

Before, a last line of only ``"`` read as a blank line: an IMF or Investing.com file passed for
whole and nothing was said; a Stooq or FRED download, the ``"`` being past the last line break,
took the whole row above it for a row cut off and left out its price (the newest of a Stooq
file). A first cell left open before a line break was a footer, left out unsaid. Now the line
is left out and said ("last line cut off, left out: '\"'"), every whole row read.

Fixtures: tests/fixtures/prices (see its PROVENANCE.md), their header and last 24 rows.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.sources.registry import parse

PRICES = Path(__file__).resolve().parent.parent / "fixtures" / "prices"
NOW = datetime(2026, 12, 5, tzinfo=timezone.utc)
CUT = "last line cut off, left out"
FILES = [
    ("imf_pcps_PGOLD_monthly.csv", SourceConfig("p", "csv", "imf.csv", metal="gold")),
    (
        "investing_aluminium_futures_daily_2016-11-21_2020-03-31.csv",
        SourceConfig("p", "csv", "al.csv", metal="aluminium"),
    ),
    (
        "stooq_xauusd_d.csv",
        SourceConfig("p", "stooq", "xauusd_d.csv", metal="gold", options={"symbol": "xauusd"}),
    ),
    (
        "fred_PCOPPUSDM_2026-05.csv",
        SourceConfig("p", "fred", "f.csv", metal="copper", options={"series": "PCOPPUSDM"}),
    ),
    ("stooq_xauusd_d.csv", SourceConfig("p", "csv", "xauusd_d.csv", metal="gold")),
]
IDS = ["imf", "investing", "stooq", "fred", "stooq-as-csv"]


def _whole(name: str) -> str:
    lines = (PRICES / name).read_text(encoding="utf-8-sig").splitlines()
    return "\n".join([lines[0], *lines[-24:]]) + "\n"


def _read(src: SourceConfig, text: str) -> tuple[dict[date, float], str | None]:
    series = parse(src, text.encode(), fetched_at=NOW)
    return dict(series.points), series.warning


@pytest.mark.parametrize(("name", "src"), FILES, ids=IDS)
@pytest.mark.parametrize("tail", ['"', '"\n', '"\r\n', "'", '  "\n\n'])
def test_a_last_line_of_only_a_quote_is_said_and_every_row_kept(
    name: str, src: SourceConfig, tail: str
) -> None:
    text = _whole(name)
    whole, warning = _read(src, text)
    assert warning is None and len(whole) == 24
    got, said = _read(src, text + tail)
    assert got == whole
    assert (said or "").startswith(CUT), said


@pytest.mark.parametrize(("name", "src"), FILES[:2], ids=IDS[:2])
def test_a_first_cell_left_open_before_a_line_break_is_said(name: str, src: SourceConfig) -> None:
    text = _whole(name)
    head, last = text.rstrip("\n").rsplit("\n", 1)
    shorter, warning = _read(src, head + "\n")
    assert warning is None and len(shorter) == 23
    wrong = []
    for end in range(2, last.index('",')):  # "G, "G0, ... up to the first cell's close
        got, said = _read(src, f"{head}\n{last[:end]}\n")
        if got != shorter or not (said or "").startswith(CUT):
            wrong.append((last[:end], len(got), said))
    assert not wrong, wrong[:4]


@pytest.mark.parametrize(("name", "src"), FILES[:2], ids=IDS[:2])
def test_a_last_row_whose_last_cell_is_left_open_keeps_its_price(
    name: str, src: SourceConfig
) -> None:
    """Only its last cell (a change in %, empty) left open: the price came whole and is read."""
    text = _whole(name)
    whole, _ = _read(src, text)
    cut = text.rstrip("\n")[:-1]  # the closing quote of the last cell gone
    for ending in ("", "\n"):
        got, said = _read(src, cut + ending)
        assert got == whole, (ending, said)
