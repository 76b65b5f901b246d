"""Text in UTF-16 or UTF-32 (Excel's "Unicode text", PowerShell's ``>``, Notepad's "Unicode",
a Windows tool's export) is read as text in every kind of source: a price file without a
byte-order mark was refused as a "binary answer", a feed whose UTF-16 mark met a declared
``UTF-8`` failed at its second line ("not a feed"), and a policy file in UTF-16 was "invalid
JSON at line 1". A register written in Windows-1252 keeps its accents.

Real data: Yahoo's COMEX copper history (HG=F), FRED's copper monthly prices, NBC New York's
and the Guardian's RSS feeds, MOFCOM announcement 2025 No. 72 as a policy entry."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.sources import csv_prices, feeds, fred, policy_file
from tui.sources.binary import wide_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FRED = (FIXTURES / "refresh" / "fred_PCOPPUSDM_2026-05.csv").read_text(encoding="utf-8")
COPPER = (FIXTURES / "prices" / "yfinance_history_HG=F_2018-01-02_2025-08-22.csv").read_text(
    encoding="utf-8"
)
NBC = (FIXTURES / "feeds" / "nbc_newyork.rss.xml").read_text(encoding="utf-8")
GUARDIAN = (FIXTURES / "feeds" / "guardian_us.rss.xml").read_text(encoding="utf-8")
NOW = datetime(2026, 12, 5, tzinfo=timezone.utc)
WIDE = ["utf-16", "utf-16-le", "utf-16-be", "utf-32"]  # "utf-16", "utf-32": with a BOM


@pytest.mark.parametrize("codec", WIDE)
def test_a_price_file_in_utf16_or_utf32_reads_as_in_utf8(codec: str) -> None:
    src = SourceConfig(name="copper", kind="csv", url="HG=F.csv", metal="copper")
    plain = csv_prices.parse(COPPER.encode(), src, fetched_at=NOW)
    wide = csv_prices.parse(COPPER.encode(codec), src, fetched_at=NOW)
    assert wide.points == plain.points and len(plain.points) > 1900
    src = SourceConfig(name="FRED", kind="fred", url="PCOPPUSDM.csv", metal="copper")
    monthly = fred.parse(FRED.replace("\n", "\r\n").encode(codec), src, fetched_at=NOW)
    assert monthly.points[-1] == (date(2026, 5, 1), pytest.approx(13483.75153846154))


def test_utf16_with_a_declared_utf8_is_read_by_its_mark() -> None:
    src = SourceConfig(name="NBC", kind="rss", url="nbc.xml")
    plain = feeds.parse(NBC.encode(), src, fetched_at=NOW).headlines
    assert NBC.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    for codec in WIDE:
        got = feeds.parse(NBC.encode(codec), src, fetched_at=NOW)
        assert [h.title for h in got.headlines] == [h.title for h in plain], codec
        assert got.warning is None  # the mark decides: nothing was wrong


def test_a_utf16_feed_without_a_mark_keeps_its_titles() -> None:
    src = SourceConfig(name="Guardian", kind="rss", url="https://example.com/rss")
    plain = feeds.parse(GUARDIAN.encode(), src, fetched_at=NOW).headlines
    headers = {"Content-Type": "text/xml; charset=utf-8"}  # a server's word, wrong for it
    got = feeds.parse(GUARDIAN.encode("utf-16-le"), src, fetched_at=NOW, headers=headers)
    assert [h.title for h in got.headlines] == [h.title for h in plain]
    assert any("\u2013" in h.title for h in plain)  # "Earth's ultimate yogis – in pictures"


ENTRY = {
    "metal": "gallium",
    "origin": "CN",
    "destination": "US",
    "status": "licensing",
    "since": "2025-11-09",
    "until": "2026-11-27",
    "note": "MOFCOM announcement 2025 No. 72 – licences still required (café)",
}
TOML = "[[policy]]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in ENTRY.items())


@pytest.mark.parametrize("codec", [*WIDE, "cp1252"])
@pytest.mark.parametrize("kind", ["json", "toml"])
def test_a_policy_file_in_utf16_or_windows_1252_is_read(codec: str, kind: str) -> None:
    text = json.dumps([ENTRY], ensure_ascii=False, indent=2) if kind == "json" else TOML
    src = SourceConfig(name="register", kind="policy-file", url=f"register.{kind}")
    got = policy_file.parse(text.replace("\n", "\r\n").encode(codec), src, fetched_at=NOW)
    (entry,) = got.entries
    assert (entry.metal, entry.status, entry.since) == ("gallium", "licensing", date(2025, 11, 9))
    assert entry.note == ENTRY["note"]


def test_wide_text_leaves_other_bytes_alone() -> None:
    assert wide_text(FRED.encode()) is None
    assert wide_text("Datum;Schluss (€/t)\n".encode("cp1252")) is None
    assert wide_text(b"\x00\x00\x00\x00" * 8) is None
    assert wide_text("Date,Close\n".encode("utf-16-le") + b"\x00") == "Date,Close\n"
