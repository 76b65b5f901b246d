"""Angle brackets a publisher wrote as text in a title (``&lt;tariff&gt;`` escaped in the XML,
or inside CDATA): the XML says they are text, and feedparser reads the title as plain text (no
HTML element in it), so they stay. They were unescaped and then stripped as a tag, the word
lost ("US weighs  on copper"). A title with HTML in it (``&lt;b&gt;Breaking&lt;/b&gt;``, read
as HTML) is still stripped of its tags, and a lone ``<br>`` with them. Square brackets and
angle brackets alike reach the screen as text (Textual ``Text``, never markup): the app test
in ``tests/app/test_escaped_title_row.py`` draws them.

Made-up feeds written here."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tui.core.config_types import SourceConfig
from tui.sources import feeds

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=timezone.utc)
SRC = SourceConfig(name="wire", kind="rss", url="https://wire.example.com/feed.xml")


def titles_of(*titles: str, atom: bool = False) -> list[str]:
    if atom:
        entries = "".join(
            f"<entry><title{t[0]}>{t[1]}</title><id>urn:x:{i}</id>"
            f"<link href='https://ex.com/{i}'/><updated>2026-03-02T08:00:00Z</updated></entry>"
            for i, t in enumerate(titles)
        )
        body = (
            "<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
            f"<title>Wire</title>{entries}</feed>"
        )
    else:
        items = "".join(
            f"<item><title>{t}</title><link>https://ex.com/{i}</link>"
            "<pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate></item>"
            for i, t in enumerate(titles)
        )
        body = (
            "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Wire</title>"
            f"{items}</channel></rss>"
        )
    return [h.title for h in feeds.parse(body.encode(), SRC, fetched_at=NOW).headlines]


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("US weighs &lt;tariff&gt; on copper", "US weighs <tariff> on copper"),
        ("<![CDATA[US weighs <tariff> on copper]]>", "US weighs <tariff> on copper"),
        ("Nickel &lt;2% duty&gt; ends &lt;/quota&gt;", "Nickel <2% duty> ends </quota>"),
        ("Copper [bold]rally[/bold] &lt;tariff&gt;", "Copper [bold]rally[/bold] <tariff>"),
    ],
)
def test_angle_brackets_written_as_text_in_a_title_stay(written: str, shown: str) -> None:
    assert titles_of(written) == [shown]


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        (
            "&lt;b&gt;Breaking&lt;/b&gt; Chile raises copper royalty",
            "Breaking Chile raises copper royalty",
        ),
        ("<![CDATA[Zinc smelter <em>restarts</em>]]>", "Zinc smelter restarts"),
        ("Tin exports resume&lt;br&gt;Peru says", "Tin exports resume Peru says"),
    ],
)
def test_html_in_a_title_is_still_stripped(written: str, shown: str) -> None:
    assert titles_of(written) == [shown]


def test_an_atom_text_title_keeps_its_angle_brackets() -> None:
    assert titles_of((" type='text'", "Duty &lt;tariff&gt; on cobalt"), atom=True) == [
        "Duty <tariff> on cobalt"
    ]


@pytest.mark.parametrize(
    "written",
    [
        "&lt;![CDATA[Copper quota cut]]&gt;",
        "Copper quota cut&lt;!-- wire 4 --&gt;",
        "&lt;img src='x.png'&gt;Copper quota cut",
    ],
)
def test_a_plain_text_title_still_loses_what_is_no_words(written: str) -> None:
    assert titles_of(written) == ["Copper quota cut"]
