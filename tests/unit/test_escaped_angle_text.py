"""Angle-bracket text a feed escaped as HTML (``&amp;lt;ban&amp;gt;`` in an HTML-typed title or
summary: the text "<ban>" written as HTML, written as XML), on the real heise Atom feed and the
real Guardian RSS feed rewritten here.

Before, the entities were decoded and then every tag-like ``<word>`` was stripped, so the word
"<ban>" vanished from the headline ("EU weighs on copper scrap"). Now what decoded entities make
is text unless it is an HTML element's tag (markup escaped once too often, ``&amp;lt;b&amp;gt;``,
still stripped), a comment or a declaration; the text stays plain text, never markup.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.core.text import clean_text
from tui.sources import feeds

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "feeds"
HEISE = FIXTURES / "heise_developer.atom.xml"
GUARDIAN = FIXTURES / "guardian_us.rss.xml"
FETCHED = datetime(2018, 2, 1, tzinfo=UTC)


def _read(text: str, kind: str = "rss") -> feeds.ParseResult:
    src = SourceConfig(name="feed", kind=kind, url="https://example.org/feed")
    return feeds.parse(text.encode("utf-8"), src, fetched_at=FETCHED)


def _atom_first_entry(title: str, summary: str) -> str:
    text = HEISE.read_text(encoding="utf-8")
    text = re.sub(
        r'<title type="text">Java-Anwendungsserver[^<]*</title>',
        f'<title type="html">{title}</title>',
        text,
        count=1,
    )
    return re.sub(r'<summary type="html">Die nun[^<]*</summary>', summary, text, count=1)


@pytest.mark.parametrize(
    ("words", "literal"),
    [("ban", "<ban>"), ("Zölle", "<Zölle>"), ("tariff 50%", "<tariff 50%>")],
)
def test_atom_html_title_keeps_escaped_angle_text(words: str, literal: str) -> None:
    title = f"Java: &amp;lt;{words}&amp;gt; on &lt;b&gt;WildFly&lt;/b&gt; 10"
    summary = (
        f'<summary type="html">Server &amp;lt;{words}&amp;gt; &lt;i&gt;frei&lt;/i&gt;</summary>'
    )
    items = _read(_atom_first_entry(title, summary), kind="atom").headlines
    first = next(h for h in items if h.url and "3088438" in h.url)
    assert first.title == f"Java: {literal} on WildFly 10"
    assert first.summary == f"Server {literal} frei"


def test_rss_title_and_description_keep_escaped_angle_text() -> None:
    text = GUARDIAN.read_text(encoding="utf-8")
    plain = _read(text).headlines
    m = re.search(r"<item>\s*<title>([^<]*)</title>", text)
    assert m is not None
    marked = text.replace(
        m.group(0),
        m.group(0).replace(m[1], f"{m[1]} &amp;lt;ban&amp;gt; &lt;b&gt;now&lt;/b&gt;"),
        1,
    )
    read = _read(marked).headlines
    assert read[0].title == f"{plain[0].title} <ban> now"
    desc = re.search(r"<description>", marked[m.end() :])
    assert desc is not None
    at = m.end() + desc.end()
    marked = marked[:at] + "&amp;lt;quota&amp;gt; " + marked[at:]
    assert _read(marked).headlines[0].summary.startswith("<quota> ")


def test_markup_escaped_twice_is_still_stripped() -> None:
    # an element's tag, a comment, a declaration: markup, never a headline's words
    assert clean_text("&amp;lt;b&amp;gt;Copper&amp;lt;/b&amp;gt; up") == "Copper up"
    assert clean_text("&lt;img src=x onerror=alert(1)&gt;Zinc") == "Zinc"
    assert clean_text("a &lt;!-- hidden --&gt; b &lt;!DOCTYPE html&gt;c") == "a b c"
    assert clean_text("&lt;span class='x'&gt;Tin&lt;/span&gt;") == "Tin"
    # text between angle brackets stays text, its controls removed
    assert clean_text("&lt;ban&#27;[31m&gt; on scrap") == "<ban[31m> on scrap"
    assert clean_text("&lt;bandwidth&gt; &lt;pre-ban&gt;") == "<bandwidth> <pre-ban>"


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("Copper&lt;o:p&gt;&lt;/o:p&gt; tariff", "Copper tariff"),  # an Office paste's tag
        ("Tin &lt;st1:place&gt;Peru&lt;/st1:place&gt; ban", "Tin Peru ban"),
        ("Nickel &lt;amp-img src='x'&gt;&lt;/amp-img&gt; quota", "Nickel quota"),  # custom element
        ('Zinc &lt;foo class="x"&gt;levy', "Zinc levy"),  # an unknown tag with an attribute
        ("Gold &amp;lt;ban&amp;gt; stays", "Gold <ban> stays"),
    ],
)
def test_namespaced_custom_and_attributed_tags_stay_markup(raw: str, want: str) -> None:
    """Only a bare ``<word>`` is the feed's text: a namespaced or custom element's tag, or any tag
    carrying an attribute, is markup and goes."""
    assert clean_text(raw) == want
