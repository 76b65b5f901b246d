"""Text saved from a coloured terminal (a scraper's or a CLI's output redirected to a file: ANSI
colour sequences around cells or titles) is text, not a binary file: a price table coloured by
the day's change, or a dense feed of coloured titles, was refused as a "binary answer" (its ESC
bytes counted as a binary file's control bytes). The prices are read without the colours, and
the titles come without escapes.

Real data: Yahoo's COMEX copper history (HG=F) and Reuters headlines (via Google News RSS)."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.sources import csv_prices, feeds
from tui.sources.binary import looks_binary

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
HG = (FIXTURES / "prices" / "yfinance_history_HG=F_2018-01-02_2025-08-22.csv").read_text()
REUTERS = (FIXTURES / "feeds" / "reuters_via_googlenews_direct.rss.xml").read_text()
NOW = datetime(2026, 12, 5, tzinfo=timezone.utc)
GREEN, RED, BOLD, RESET = "\x1b[32m", "\x1b[31m", "\x1b[1m", "\x1b[0m"


def _coloured_table() -> tuple[bytes, list[tuple[date, float]]]:
    rows = [ln.split(",") for ln in HG.strip().splitlines()[1:]][-120:]
    out = [f"{BOLD}Date{RESET},{BOLD}Close{RESET}"]
    want, last = [], None
    for r in rows:
        close = float(r[4])
        colour = GREEN if last is None or close >= last else RED
        out.append(f"{r[0][:10]},{colour}{close:.4f}{RESET}")
        want.append((date.fromisoformat(r[0][:10]), round(close, 4)))
        last = close
    return ("\n".join(out) + "\n").encode(), want


def test_a_price_table_in_terminal_colours_is_read() -> None:
    data, want = _coloured_table()
    src = SourceConfig(name="copper", kind="csv", url="hg.csv", metal="copper")
    got = csv_prices.parse(data, src, fetched_at=NOW)
    assert [(d, pytest.approx(v)) for d, v in got.points] == want
    assert got.warning is None


def test_a_dense_feed_of_coloured_titles_is_read_without_its_escapes() -> None:
    titles = re.findall(r"<item>\s*<title>(.*?)</title>", REUTERS, re.S)[:60]
    assert len(titles) == 60
    src = SourceConfig(name="R", kind="rss", url="r.xml")

    def read(titles: list[str]) -> list[str]:
        items = "".join(
            f"<item><title>{t}</title><link>https://www.reuters.com/{i}</link></item>"
            for i, t in enumerate(titles)
        )
        doc = f'<?xml version="1.0"?><rss version="2.0"><channel><title>R</title>{items}'
        got = feeds.parse((doc + "</channel></rss>").encode(), src, fetched_at=NOW)
        return [h.title for h in got.headlines]

    # every word highlighted, as a keyword highlighter's output is
    coloured = read([" ".join(f"{RED}{w}{RESET}" for w in t.split()) for t in titles])
    assert coloured == read(titles) and len(coloured) == 60
    assert not any("\x1b" in t or "[31m" in t for t in coloured)


def test_binary_files_are_still_known() -> None:
    assert looks_binary(bytes(range(256)) * 16)
    assert looks_binary(b"\x1b\x01\x02\x03\x04" * 400)
    assert not looks_binary(_coloured_table()[0])
