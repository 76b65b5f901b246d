"""A FRED download opened and saved again by a spreadsheet (``sep=;``, semicolons and decimal
commas, tabs, ``dd.mm.yyyy`` dates) was refused as "FRED did not send fredgraph CSV"; a row with
an unquoted thousands separator (``2026-10-01,9,800.5``) was read as a price of 9; a newest row
whose date is in another form, and dates on several rows, were dropped without a word. They are
read as the Stooq kind reads them (:mod:`tui.sources.download_table`).

Real data: FRED's copper monthly prices (PCOPPUSDM, 413 months to 2026-05)."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from spreadsheet_rows import german, joined

from tui.core.config_types import SourceConfig
from tui.sources import fred
from tui.sources.base import SourceError

FIXTURE = Path(__file__).parent.parent / "fixtures" / "refresh" / "fred_PCOPPUSDM_2026-05.csv"
ROWS = [line.split(",") for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
NOW = datetime(2026, 12, 5, tzinfo=timezone.utc)
LAST = (date(2026, 5, 1), 13483.75153846154)


def _parse(text: str, **options: object):  # type: ignore[no-untyped-def]
    src = SourceConfig(
        name="fred", kind="fred", metal="copper", url="PCOPPUSDM.csv", options=options
    )
    return fred.parse(text.encode("utf-8"), src, fetched_at=NOW)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(joined([german(r) for r in ROWS], ";"), id="semicolons-decimal-commas"),
        pytest.param("sep=;\r\n" + joined([german(r) for r in ROWS], ";"), id="sep-line"),
        pytest.param(joined(ROWS, "\t"), id="tab-separated"),
    ],
)
def test_a_download_saved_again_by_a_spreadsheet_reads_the_same_prices(text: str) -> None:
    s = _parse(text)
    assert len(s.points) == 413
    assert s.points[-1] == pytest.approx(LAST)
    assert (s.symbol, s.unit, s.frequency) == ("PCOPPUSDM", "USD/t", "monthly")
    assert s.warning is None


def test_an_unquoted_thousands_separator_is_never_read_as_a_price() -> None:
    text = "observation_date,PCOPPUSDM\n2026-10-01,9800.5\n2026-11-01,9,812.5\n"
    s = _parse(text)
    assert s.points == ((date(2026, 10, 1), 9800.5),)
    assert s.warning == "1 of 2 rows skipped: more cells than columns '2026-11-01,9,812.5'"
    with pytest.raises(
        SourceError, match=r"more cells than the 2 columns.*comma\? \(quote them\)$"
    ):
        _parse("observation_date,PCOPPUSDM\n2026-11-01,9,812.5\n")


def test_the_newest_row_in_another_date_form_is_said() -> None:
    s = _parse("observation_date,PCOPPUSDM\n2026-10-01,9800.5\n11/01/2026,9812.5\n")
    assert s.points == ((date(2026, 10, 1), 9800.5),)
    assert s.warning == "1 of 2 rows skipped: unreadable date '11/01/2026'"


def test_repeated_dates_are_said() -> None:
    s = _parse("observation_date,PCOPPUSDM\n2026-10-01,9800.5\n2026-10-01,9999\n")
    assert s.points == ((date(2026, 10, 1), 9999.0),)
    assert s.warning is not None
    assert s.warning.startswith("1 date on more than one row, the lower row kept")


def test_dots_for_missing_observations_are_still_passed_over_quietly() -> None:
    s = _parse("observation_date,PCOPPUSDM\n2026-09-01,9790\n2026-10-01,.\n2026-11-01,9812.5\n")
    assert s.points == ((date(2026, 9, 1), 9790.0), (date(2026, 11, 1), 9812.5))
    assert s.warning is None


def test_numbers_that_never_show_their_decimal_mark_are_read_as_the_file_is_written_and_said() -> (
    None
):
    text = "observation_date;PCOPPUSDM\n2026-10-01;9,812\n"
    got = _parse(text)
    assert got.points == ((date(2026, 10, 1), 9.812),)
    assert got.warning is not None and "decimal mark ambiguous: '9,812'" in got.warning
    assert _parse(text, decimal=".").points == ((date(2026, 10, 1), 9812.0),)
