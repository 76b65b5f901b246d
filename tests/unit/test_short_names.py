"""A source's name shortened for the prices panel's narrow cell by leaving out what its row
says already (the metal), then a part in brackets; and the source health screen's columns
fitted to the screen (``tui.core.short_names``, ``tui.ui.column_fit``)."""

from __future__ import annotations

import pytest

from tui.core.short_names import short_source
from tui.ui.column_fit import fitted


@pytest.mark.parametrize(
    ("source", "metal", "width", "want"),
    [
        ("COMEX copper futures (Yahoo v8 to CSV)", ("copper", "Copper"), 14, "COMEX futures"),
        ("FRED aluminium (IMF)", ("aluminium", "Aluminium"), 14, "FRED (IMF)"),
        ("World Bank aluminum", ("aluminium", "Aluminium"), 14, "World Bank"),
        ("LME Nickel 3M official", ("nickel", "Nickel"), 18, "LME 3M official"),
        ("Silver fix [LBMA] London", ("silver", "Silver"), 14, "fix London"),
        ("Stooq gold spot", ("gold", "Gold"), 15, "Stooq gold spot"),  # fits: as it is
        ("COMEX silver front month (yfinance)", ("silver", "Silver"), 18, "COMEX front month"),
        # nothing to leave out: the cell cuts it (and the border says it whole)
        ("Investing.com LME 3M", ("aluminium", "Aluminium"), 14, "Investing.com LME 3M"),
        # a name that is only the metal is kept, never made empty
        ("Copper", ("copper", "Copper"), 4, "Copper"),
        ("(copper)", ("copper",), 4, "(copper)"),
        # a word that only contains the metal's name is kept
        ("Coppersmith Gold Index", ("gold", "Gold"), 16, "Coppersmith Index"),
    ],
)
def test_a_source_is_shortened_by_what_its_row_says(
    source: str, metal: tuple[str, ...], width: int, want: str
) -> None:
    assert short_source(source, width, metal) == want


HEADERS = ("Source", "Kind", "State", "Items", "Last ok", "Next try", "Message")


@pytest.mark.parametrize("width", [60, 80, 120, 200])
def test_the_columns_fit_the_screen(width: int) -> None:
    rows = [
        ["Reuters via Google News (direct links)", "rss", "ok", "500", "just now", "15:43", ""],
        ["Upstream 500", "rss", "error", "0", "never", "due", "HTTP 500 Internal " * 6],
        ["Big feed", "rss", "ok", "30,000 (20,000 kept)", "2m ago", "15:43", ""],
    ]
    widths = fitted(HEADERS, rows, width)
    assert sum(widths) + 2 * len(widths) + 2 <= width or (widths[0], widths[-1]) == (6, 7)
    # the short columns whole, the long ones never narrower than their headers
    assert widths[1:-1] == [4, 5, 20, 8, 8]
    assert widths[0] >= 6 and widths[-1] >= 7
    if width >= 120:
        assert widths[0] >= 20 and widths[-1] >= 30


def test_both_long_columns_whole_when_they_fit() -> None:
    rows = [["Guardian US", "rss", "ok", "55", "just now", "15:43", "HTTP 404 Not Found"]]
    assert fitted(HEADERS, rows, 120) == [11, 4, 5, 5, 8, 8, 18]
