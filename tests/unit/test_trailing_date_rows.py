"""The newest row of a price file whose date is written in another form than the column's
(``12/02/2026`` below ``2026-12-01``, ``2.12.2026`` below ``2026-12-01``: a row added by hand)
gave no point, and the row above it was shown as the current price without a word. It is said
in the source's warning, as an unreadable date in the middle of the file is; a footer whose
first cell starts with digits but is no date (``2026 average``) is still a footer."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from tui.core.config_types import SourceConfig
from tui.sources import csv_prices

NOW = datetime(2026, 12, 5, tzinfo=timezone.utc)
HEAD = "Date,Close\n2026-11-30,9790\n2026-12-01,9800.5\n"


def _parse(text: str):  # type: ignore[no-untyped-def]
    src = SourceConfig(name="mine", kind="csv", url="copper.csv", metal="copper")
    return csv_prices.parse(text.encode(), src, fetched_at=NOW)


@pytest.mark.parametrize("cell", ["12/02/2026", "2.12.2026", "2026/12/02 16:00", "Dec 2, 2026"])
def test_the_newest_row_in_another_date_form_is_said(cell: str) -> None:
    s = _parse(HEAD + f'"{cell}",9812.5\n')
    assert s.points[-1] == (date(2026, 12, 1), 9800.5)
    assert s.warning == f"1 of 3 rows skipped: unreadable date {cell!r}"


@pytest.mark.parametrize("footer", ["2026 average,9795.25", "2026 YTD,9795.25", "Source: LME,"])
def test_a_footer_is_still_no_data_row(footer: str) -> None:
    s = _parse(HEAD + footer + "\n")
    assert s.points[-1] == (date(2026, 12, 1), 9800.5)
    assert s.warning is None
