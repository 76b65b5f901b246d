"""Dates written with another language's month names: RSS dates (a CMS formatting its dates in
the site's locale) and price files' date columns (a spreadsheet or a site's export in such a
locale). The feeds go through the real ``metalwatch snapshot --json --all`` (``tui.cli.main``) on a
loopback server (``pytest_httpserver``): the real Reuters capture
(``tests/fixtures/feeds/reuters_via_googlenews_direct.rss.xml``, provenance in
``tests/fixtures/feeds/PROVENANCE.md``) with its first item's ``pubDate`` written so.

feedparser reads none of them, and the item was dated when first seen: a story days old passed
for one of now (marked estimated). They are now read as the day and time they say; a word that
is no month stays unread, as before. The price file is the real investing.com aluminium export
(``tests/fixtures/prices``, provenance in its ``PROVENANCE.md``) with its months in German.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from tui.cli import main

REUTERS = (
    Path(__file__).resolve().parent.parent
    / "fixtures"
    / "feeds"
    / "reuters_via_googlenews_direct.rss.xml"
).read_text(encoding="utf-8")
FIRST = "Israel strikes southern Syria; Damascus condemns attack - Reuters"
PUBDATE = re.compile(r"<pubDate>Sat, 22 Aug 2026 18:51:50 GMT</pubDate>")


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Do, 20 Aug 2026 10:00:00 +0200", "2026-08-20T08:00:00Z"),  # German, an English month
        ("Do, 03 Dez 2025 10:00:00 +0100", "2025-12-03T09:00:00Z"),
        ("Mi, 18 Mär 2026 10:00:00 +0100", "2026-03-18T09:00:00Z"),
        ("jeu., 20 août 2026 08:00:00 +0200", "2026-08-20T06:00:00Z"),
        ("mer., 3 déc. 2025 09:00:00 +0100", "2025-12-03T08:00:00Z"),
        ("jue, 20 ago 2026 08:00:00 -0300", "2026-08-20T11:00:00Z"),
        ("mié, 03 dic 2025 08:00:00 -0500", "2025-12-03T13:00:00Z"),
        ("gio, 20 ago 2026 08:00:00 +0200", "2026-08-20T06:00:00Z"),
        ("qui, 01 out 2025 08:00:00 -0300", "2025-10-01T11:00:00Z"),
        ("wo, 18 mrt 2026 08:00:00 +0100", "2026-03-18T07:00:00Z"),
    ],
)
def test_a_date_with_another_language_s_month_is_read(
    server: HTTPServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    written: str,
    read: str,
) -> None:
    body = PUBDATE.sub(f"<pubDate>{written}</pubDate>", REUTERS, count=1)
    assert body != REUTERS
    server.expect_request("/feed.xml").respond_with_data(
        body.encode(), content_type="application/rss+xml"
    )
    config = tmp_path / "config.toml"
    config.write_text(
        '[[metals]]\nid = "copper"\nname = "Copper"\n'
        f'[[sources]]\nname = "R"\nkind = "rss"\nurl = "{server.url_for("/feed.xml")}"\n',
        encoding="utf-8",
    )
    main(["snapshot", "--config", str(config), "--json", "--all"])
    doc = json.loads(capsys.readouterr().out)
    (first,) = [h for h in doc["headlines"] if h["title"] == FIRST.removesuffix(" - Reuters")]
    assert first["published"] == read and not first["date_estimated"]


def test_a_word_that_is_no_month_stays_unread() -> None:
    from tui.sources.feed_dates import parse_date

    assert parse_date("Do, 03 Foo 2026 10:00:00 +0100") is None
    assert parse_date("Do, 03 Dez 2026 10:00:00 +0100") is not None


INVESTING = (
    Path(__file__).resolve().parent.parent
    / "fixtures"
    / "prices"
    / "investing_aluminium_futures_daily_2016-11-21_2020-03-31.csv"
).read_text(encoding="utf-8-sig")
GERMAN = {"Mar": "Mär", "May": "Mai", "Oct": "Okt", "Dec": "Dez"}


def _prices(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict[str, object]:
    (tmp_path / "alu.csv").write_text(text, encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text(
        '[[metals]]\nid = "aluminium"\nname = "Aluminium"\n'
        '[[sources]]\nname = "A"\nkind = "csv"\nmetal = "aluminium"\nurl = "alu.csv"\n',
        encoding="utf-8",
    )
    main(["snapshot", "--config", str(config), "--json"])
    doc = json.loads(capsys.readouterr().out)
    (source,) = doc["sources"]
    (price,) = doc["prices"]
    return {"ok": source["ok"], "items": source["items"], "warning": source["warning"], **price}


def test_a_price_file_with_german_month_names_reads_as_the_english_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The real investing.com aluminium export (dates ``"Mar 31, 2020"``, newest first) with
    its months written in German (``"Mär 31, 2020"``): it was "cannot read the dates ... set
    date_format", which no strptime format could do; with only its newest rows so written,
    they were left out unsaid, taken for a footer."""
    english = _prices(tmp_path, capsys, INVESTING)
    german = re.sub(
        r'"(Mar|May|Oct|Dec) (\d{2}, \d{4})"',
        lambda m: f'"{GERMAN[m[1]]} {m[2]}"',
        INVESTING,
    )
    assert german.count('"Mär ') > 50 and german.count('"Dez ') > 50
    read = _prices(tmp_path, capsys, german)
    assert read["ok"] and read["items"] == english["items"] == 817
    assert read["as_of"] == english["as_of"] == "2020-03-31"
    assert read["points"] == english["points"]


@pytest.mark.parametrize(
    ("cell", "day"),
    [
        ("01 Dez 2026", "2026-12-01"),
        ("01. Dez. 2026", "2026-12-01"),
        ("01-dic-2026", "2026-12-01"),
        ("3 déc. 2026", "2026-12-03"),
        ("Mär 03 2026", "2026-03-03"),
        ("mai 2026", "2026-05-01"),
    ],
)
def test_a_date_cell_with_another_language_s_month(cell: str, day: str) -> None:
    from tui.sources.csv_dates import any_date, choose_date_parser

    assert any_date(cell)
    parse = choose_date_parser([cell], "Date")
    assert str(parse(cell)) == day
