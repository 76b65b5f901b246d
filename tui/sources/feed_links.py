"""Relative links in feeds: what they are relative to, and making them absolute."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit


def link_base(feed_url: str | None, channel_link: object) -> str | None:
    """What a relative item link is relative to: the feed's own web address, else the
    channel's link (a feed read from a file)."""
    for candidate in (feed_url, channel_link):
        if isinstance(candidate, str) and scheme_of(candidate) in ("http", "https"):
            return candidate
    return None


def scheme_of(url: str) -> str | None:
    """The scheme of ``url``; None for a link no parser can split (``http://[object Object]``,
    a broken IPv6 address), which must not fail the feed it is in."""
    try:
        return urlsplit(url).scheme
    except ValueError:
        return None


def absolute(href: object, base: str | None) -> object:
    """``/news/a.html`` -> ``https://host/news/a.html`` when there is a base; feedparser only
    resolves links against an ``xml:base`` or a Content-Location header."""
    if isinstance(href, str) and base and href.strip() and scheme_of(href.strip()) == "":
        try:
            return urljoin(base, href.strip())
        except ValueError:
            return href
    return href
