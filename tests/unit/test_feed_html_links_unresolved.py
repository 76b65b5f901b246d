"""feedparser runs without ``resolve_relative_uris`` (``tui.sources.feed_document``): the links
inside an entry's HTML are not rewritten against its base, a whole HTML pass over every summary
and content (a fifth of an Atom feed's parse) for attributes ``clean_text`` strips with the
tags. What reaches the screen stays plain text: no markup, no escape sequence, no control; the
entry's own link is still made absolute; and a content whose template wrapped its CDATA in
another keeps its text (the extra pass lost all of it)."""

from __future__ import annotations

from datetime import datetime, timezone

from tui.core.config_types import SourceConfig
from tui.sources import feed_document, feeds

NOW = datetime(2026, 8, 23, 13, tzinfo=timezone.utc)
SRC = SourceConfig("wire", "rss", "https://example.org/feeds/wire.xml", None, None, {})

HOSTILE_ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.org/news/">
<title>Wire</title><id>urn:wire</id><updated>2026-08-23T10:00:00Z</updated>
<entry><title type="html">&lt;b&gt;Copper&lt;/b&gt; &lt;a href="javascript:alert(1)"&gt;quota&lt;/a&gt; &#x1b;[31mset</title>
<id>urn:1</id><link href="copper/quota.html"/><updated>2026-08-23T09:00:00Z</updated>
<summary type="html">&lt;p&gt;Chile &lt;a href="../x?a=1&amp;amp;b=2"&gt;sets&lt;/a&gt;
&lt;img src="pic.png" onerror="alert(1)"&gt;a &lt;script&gt;alert(2)&lt;/script&gt;quota
&#x202e;gnp &#x1b;]0;owned&#x7; &lt;iframe src="evil.html"&gt;framed&lt;/iframe&gt;&lt;/p&gt;</summary>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><a href="/rel">rel</a></div></content>
</entry></feed>
"""


def test_resolve_relative_uris_is_off() -> None:
    assert feed_document._OPTIONS == {"resolve_relative_uris": False}


def test_hostile_html_with_relative_links_still_reaches_the_screen_as_plain_text() -> None:
    (got,) = feeds.parse(HOSTILE_ATOM.encode(), SRC, fetched_at=NOW).headlines
    assert got.url == "https://example.org/news/copper/quota.html"
    assert got.title == "Copper quota set"
    assert got.summary.startswith("Chile sets a quota")
    for text in (got.title, got.summary):
        assert not any(c in text for c in "<>\x1b\x07\u202e"), text
        assert "alert" not in text and "javascript" not in text and "owned" not in text, text
        assert text.isprintable(), text


def test_a_content_whose_cdata_is_wrapped_twice_keeps_its_text() -> None:
    data = b"""<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Wire</title><link>https://example.org/</link>
<item><title>Copper quota</title><link>https://example.org/1</link>
<content:encoded><![CDATA[<![CDATA[<p>Chile sets a copper export quota</p>]]> for 2027]]></content:encoded></item>
<item><title>Tin</title><link>https://example.org/2</link><description>Tin &lt;p&gt;up&lt;/p&gt;</description></item>
</channel></rss>"""
    got = feeds.parse(data, SRC, fetched_at=NOW)
    assert [(h.title, h.summary) for h in got.headlines] == [
        ("Copper quota", "Chile sets a copper export quota for 2027"),
        ("Tin", "Tin up"),
    ]
