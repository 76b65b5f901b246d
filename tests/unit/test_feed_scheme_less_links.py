"""Links written without a scheme in real feeds: ``//www.theguardian.com/...`` (a
network-path reference) takes the feed's scheme, ``www.theguardian.com/...`` (a template that
left the scheme out) is a host, made https; neither is a path under the feed's address, whether
metalwatch joins it or feedparser does (an ``xml:base``, a Content-Location).

Real data: the Guardian's US RSS feed and heise developer's Atom feed, their item links
rewritten scheme-less here."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path

import pytest

from tui.core.config_types import SourceConfig
from tui.sources.feed_links import absolute, unpathed
from tui.sources.feeds import parse

FEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "feeds"
GUARDIAN = (FEEDS / "guardian_us.rss.xml").read_bytes()
HEISE = (FEEDS / "heise_developer.atom.xml").read_bytes()
FETCHED = datetime(2026, 12, 1, 12, 0, tzinfo=timezone.utc)
ITEM_LINK = re.compile(rb"<link>https://(www\.theguardian\.com/[^<]+)</link>")


def _urls(data: bytes, url: str, headers: dict[str, str] | None = None) -> list[str | None]:
    src = SourceConfig(name="news", kind="rss", url=url)
    return [h.url for h in parse(data, src, fetched_at=FETCHED, headers=headers).headlines]


def _guardian(prefix: bytes) -> bytes:
    """The feed with every item link ``https://www.theguardian.com/...`` as ``prefix...``."""
    return ITEM_LINK.sub(lambda m: b"<link>" + prefix + m[1] + b"</link>", GUARDIAN)


def _in_scheme(urls: list[str | None], scheme: str) -> list[str | None]:
    return [None if u is None else re.sub(r"^https?://", f"{scheme}://", u) for u in urls]


@pytest.mark.parametrize(
    ("feed_url", "scheme"),
    [
        ("https://www.theguardian.com/us/rss", "https"),
        ("http://www.theguardian.com/us/rss", "http"),
        (str(FEEDS / "guardian_us.rss.xml"), "https"),  # a file, its channel link scheme-less too
    ],
)
def test_a_network_path_link_takes_the_feeds_scheme(feed_url: str, scheme: str) -> None:
    urls = _urls(_guardian(b"//"), feed_url)
    assert len(urls) == 55 and all(u is not None for u in urls)
    assert urls == _in_scheme(_urls(GUARDIAN, feed_url), scheme)


@pytest.mark.parametrize(
    "feed_url",
    ["https://feeds.example.org/guardian/us.rss", str(FEEDS / "guardian_us.rss.xml")],
)
def test_a_bare_www_host_link_is_https_not_a_path(feed_url: str) -> None:
    urls = _urls(_guardian(b""), feed_url)  # www.theguardian.com/us-news/...
    assert len(urls) == 55
    assert urls == _urls(GUARDIAN, feed_url)


def test_a_bare_host_joined_by_feedparser_to_a_content_location_is_mended() -> None:
    urls = _urls(
        _guardian(b""),
        "https://feeds.example.org/guardian/us.rss",
        {"content-location": "https://mirror.example.net/feeds/us.rss"},
    )
    assert urls == _urls(GUARDIAN, "https://feeds.example.org/guardian/us.rss")


def test_atom_links_under_an_xml_base_are_mended_and_relative_ones_still_joined() -> None:
    hrefs = re.compile(rb'(<entry>.*?<link rel="alternate" type="text/html" href=")http://', re.S)
    bare = hrefs.sub(lambda m: m[1], HEISE)  # www.heise.de/developer/meldung/...
    assert bare.count(b'href="www.heise.de/') >= 10
    based = bare.replace(
        b'<feed xmlns="http://www.w3.org/2005/Atom">',
        b'<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://www.heise.de/developer/rss/">',
        1,
    )
    urls = _urls(based, "https://www.heise.de/developer/rss/news-atom.xml")
    assert len(urls) == 15
    assert urls == _in_scheme(
        _urls(HEISE, "https://www.heise.de/developer/rss/news-atom.xml"), "https"
    )
    # a document-relative link under the same base is a path, as before
    relative = based.replace(b'href="www.heise.de/developer/meldung/', b'href="../meldung/', 1)
    assert _urls(relative, "https://www.heise.de/developer/rss/news-atom.xml")[0].startswith(
        "https://www.heise.de/developer/meldung/"
    )


@pytest.mark.parametrize(
    ("href", "base", "expected"),
    [
        ("//www.mining.com/a", "http://feeds.example/rss", "http://www.mining.com/a"),
        ("//www.mining.com/a", None, "https://www.mining.com/a"),
        ("www.mining.com/a?id=3", "http://feeds.example/rss", "https://www.mining.com/a?id=3"),
        ("WWW.Reuters.com", None, "https://WWW.Reuters.com"),
        ("www2.example.co.uk:8080/x", None, "https://www2.example.co.uk:8080/x"),
        # paths, not hosts: a folder named like a word, a file, no dot after www
        ("www/a.html", "https://feeds.example/rss", "https://feeds.example/www/a.html"),
        ("wwwroot.html", "https://feeds.example/n/", "https://feeds.example/n/wwwroot.html"),
        (
            "news.example.com/a",
            "https://feeds.example/n/",
            "https://feeds.example/n/news.example.com/a",
        ),
        ("/news/a.html", None, "/news/a.html"),
    ],
)
def test_absolute(href: str, base: str | None, expected: str) -> None:
    assert absolute(href, base) == expected


def test_unpathed_mends_only_a_host_under_the_bases_folder() -> None:
    base = "https://blog.example/news/wp-atom.php"
    assert (
        unpathed("https://blog.example/news/www.mining.com/a", [base]) == "https://www.mining.com/a"
    )
    assert unpathed("https://blog.example/news/2024/www.x.com", [base]) == (
        "https://blog.example/news/2024/www.x.com"
    )
    assert unpathed("https://other.example/news/www.mining.com/a", [base]) == (
        "https://other.example/news/www.mining.com/a"
    )
    assert unpathed("https://blog.example/news/www.mining.com/a", [None, "file:///x"]) == (
        "https://blog.example/news/www.mining.com/a"
    )
