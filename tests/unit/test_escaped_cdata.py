"""A CDATA section written as text in a feed's title or description (``&lt;![CDATA[...]]&gt;``,
a template's wrapper escaped once too often), on the real Guardian feed rewritten here.

Before, such a title was dropped whole as a markup declaration, so the story was shown by its
link or its description's first words, and such a description vanished; now the text inside
the wrapper is read, as a true CDATA section's is, its markup stripped as any other's.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from tui.core.config_types import SourceConfig
from tui.core.text import clean_text
from tui.sources import feeds

GUARDIAN = Path(__file__).resolve().parents[1] / "fixtures" / "feeds" / "guardian_us.rss.xml"
FETCHED = datetime(2018, 2, 1, tzinfo=UTC)
SRC = SourceConfig(name="guardian", kind="rss", url="https://www.theguardian.com/us/rss")


def _read(text: str) -> feeds.ParseResult:
    return feeds.parse(text.encode("utf-8"), SRC, fetched_at=FETCHED)


def _escaped_cdata(element: str, text: str) -> str:
    """Every ``element`` of the items wrapped in a CDATA section written as text."""
    return re.sub(
        rf"<{element}>(.*?)</{element}>",
        lambda m: f"<{element}>&lt;![CDATA[{m[1]}]]&gt;</{element}>",
        text,
        flags=re.S,
    )


def test_titles_in_escaped_cdata_are_read() -> None:
    text = GUARDIAN.read_text(encoding="utf-8")
    plain = _read(text)
    first = text.index("<item>")
    wrapped = _read(text[:first] + _escaped_cdata("title", text[first:]))
    assert [h.title for h in wrapped.headlines] == [h.title for h in plain.headlines]
    assert wrapped.warning is None


def test_descriptions_in_escaped_cdata_are_read() -> None:
    text = GUARDIAN.read_text(encoding="utf-8")
    plain = _read(text)
    first = text.index("<item>")
    wrapped = _read(text[:first] + _escaped_cdata("description", text[first:]))
    assert [h.summary for h in wrapped.headlines] == [h.summary for h in plain.headlines]
    assert all(h.summary for h in wrapped.headlines)


def test_the_text_inside_is_cleaned_as_any_other() -> None:
    assert clean_text("<![CDATA[<script>alert(1)</script>Copper <b>quota</b>]]>") == "Copper quota"
    assert clean_text("&lt;![CDATA[Copper \x1b[31mquota]]&gt;") == "Copper quota"
    assert clean_text("&amp;lt;![CDATA[Copper quota]]&amp;gt;") == "Copper quota"
    assert clean_text("Copper <![CDATA[quota left open") == "Copper quota left open"


def test_atom_html_titles_in_escaped_cdata_are_read() -> None:
    """The real heise Atom feed, its entries' titles made ``type="html"`` and wrapped: such a
    title was dropped by feedparser's sanitizer, and the story shown by its summary."""
    heise = GUARDIAN.with_name("heise_developer.atom.xml").read_text(encoding="utf-8")
    plain = _read(heise)
    first = heise.index("<entry>")
    wrapped = heise[:first] + re.sub(
        r'<title type="text">(.*?)</title>',
        r'<title type="html">&lt;![CDATA[\1]]&gt;</title>',
        heise[first:],
    )
    assert [h.title for h in _read(wrapped).headlines] == [h.title for h in plain.headlines]


def test_a_wrapper_left_open_leaves_the_feed_as_it_was() -> None:
    text = GUARDIAN.read_text(encoding="utf-8")
    first = text.index("<title>", text.index("<item>"))
    opened = text[:first] + "<title>&lt;![CDATA[" + text[first + len("<title>") :]
    titles = [h.title for h in _read(opened).headlines]
    assert titles == [h.title for h in _read(text).headlines]
