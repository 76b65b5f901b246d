"""A Yahoo "Download" CSV opened and saved again by a spreadsheet (``sep=;``, semicolons and
decimal commas, tabs) was refused as "Yahoo did not send JSON": only a header starting ``Date,``
was taken for a download. It is read as the download is (by the csv kind's parser).

Real data: Yahoo's COMEX platinum download (PL=F, two days of 2020)."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.sources import yahoo
from tui.sources.base import SourceError

FIXTURE = Path(__file__).parent.parent / "fixtures" / "prices"
DOWNLOAD = (FIXTURE / "yahoo_download_PL=F_2020-09-24_2020-09-25.csv").read_text(encoding="utf-8")
ROWS = [line.split(",") for line in DOWNLOAD.splitlines()]
NOW = datetime(2026, 12, 5, tzinfo=timezone.utc)
POINTS = ((date(2020, 9, 24), 837.099976), (date(2020, 9, 25), 841.099976))


def _parse(text: str):  # type: ignore[no-untyped-def]
    src = SourceConfig(name="y", kind="yahoo", url="PL=F.csv", metal="platinum")
    return yahoo.parse(text.encode("utf-8"), src, fetched_at=NOW)


def _comma(rows: list[list[str]]) -> list[list[str]]:
    return [[c.replace(".", ",") for c in r] for r in rows]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("".join(";".join(r) + "\r\n" for r in _comma(ROWS)), id="semicolons"),
        pytest.param(
            "sep=;\r\n" + "".join(";".join(r) + "\r\n" for r in _comma(ROWS)), id="sep-line"
        ),
        pytest.param("".join("\t".join(r) + "\n" for r in ROWS), id="tab-separated"),
        pytest.param(DOWNLOAD, id="the-download"),
    ],
)
def test_a_download_saved_again_by_a_spreadsheet_reads_the_same_prices(text: str) -> None:
    s = _parse(text)
    assert s.points == POINTS
    assert (s.symbol, s.unit, s.kind) == ("PL=F", "USD/ozt", "futures")


def test_json_is_still_read_as_json() -> None:
    with pytest.raises(SourceError, match="unexpected JSON"):
        _parse('{"Date": "2026-12-01", "Close": 1}')
