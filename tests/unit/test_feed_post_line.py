"""Words of an entry that are not the story's are dropped from its summary: a blog engine's
closing line ("The post <title> appeared first on <site>.", as WordPress feeds end every entry's
description), which showed in the story's details as the outlet's words and put the title's
words into the lede a second time; and a picture's caption before the text (an HTML
``<figure>``/``<figcaption>``, or a wire's "FILE PHOTO: ... REUTERS/Name/File Photo"), whose
place and goods were read as the news's; and the title itself opening the description before
the lede, read a second time. The story's own words stay; a summary that is only
such words becomes none; words that merely say "the post appeared first" or open on "Photo:"
without a wire's credit stay. Made-up feeds in WordPress's and wires' shapes, written here."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tui.core.config_types import SourceConfig
from tui.sources import feeds

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=timezone.utc)
SRC = SourceConfig(name="blog", kind="rss", url="https://blog.example.com/feed/")


def summary_of(description: str) -> str:
    body = (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Blog</title>"
        "<item><title>Chile raises copper royalty</title><link>https://blog.example.com/a</link>"
        "<pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate>"
        f"<description><![CDATA[{description}]]></description></item></channel></rss>"
    )
    (story,) = feeds.parse(body.encode(), SRC, fetched_at=NOW).headlines
    return story.summary


@pytest.mark.parametrize(
    ("description", "summary"),
    [
        (
            "<p>Chile's senate passed the bill on Monday.</p>\n<p>The post "
            "<a href='https://blog.example.com/a'>Chile raises copper royalty</a> appeared first "
            "on <a href='https://blog.example.com'>Metals Blog</a>.</p>",
            "Chile's senate passed the bill on Monday.",
        ),
        (
            "Chile's senate passed the bill. The post Chile raises copper royalty first appeared "
            "on Metals Blog.",
            "Chile's senate passed the bill.",
        ),
        (
            "<p>The post <a href='https://blog.example.com/a'>Chile raises copper royalty</a> "
            "appeared first on <a href='https://blog.example.com'>MINING.COM</a>.</p>",
            "",
        ),
        (
            "Analysts said the post appeared first on trading screens in Santiago.",
            "Analysts said the post appeared first on trading screens in Santiago.",
        ),
    ],
)
def test_the_blog_engines_line_is_dropped(description: str, summary: str) -> None:
    assert summary_of(description) == summary


@pytest.mark.parametrize(
    ("description", "summary"),
    [
        (
            "<figure><img src='https://blog.example.com/coils.jpg'/><figcaption>Steel coils at a "
            "port in Tianjin, China.</figcaption></figure><p>Chile's senate passed the bill.</p>",
            "Chile's senate passed the bill.",
        ),
        (
            "FILE PHOTO: Steel coils are seen at a port in Tianjin, China, March 3, 2023. "
            "REUTERS/Stringer/File Photo Chile's senate passed the bill.",
            "Chile's senate passed the bill.",
        ),
        (
            "FILE PHOTO: A smelter in Jakarta, Indonesia, January 5, 2021. REUTERS/Willy "
            "Kurniawan/File Photo Chile's senate passed the bill.",
            "Chile's senate passed the bill.",
        ),
        (
            "Photo: the minister told reporters Chile's senate passed the bill.",
            "Photo: the minister told reporters Chile's senate passed the bill.",
        ),
    ],
)
def test_a_pictures_caption_is_dropped(description: str, summary: str) -> None:
    assert summary_of(description) == summary


@pytest.mark.parametrize(
    ("description", "summary"),
    [
        (
            "Chile raises copper royalty. SANTIAGO, March 3 - Chile's senate passed the bill.",
            "SANTIAGO, March 3 - Chile's senate passed the bill.",
        ),
        (
            "<p><b>CHILE RAISES COPPER ROYALTY</b></p><p>Chile's senate passed the bill.</p>",
            "Chile's senate passed the bill.",
        ),
        # the title's words go on into others: no echo of the title
        (
            "Chile raises copper royaltyholders' share, the senate said.",
            "Chile raises copper royaltyholders' share, the senate said.",
        ),
    ],
)
def test_a_summary_opening_on_its_title_keeps_its_lede(description: str, summary: str) -> None:
    assert summary_of(description) == summary
