"""Relative links in feeds: what they are relative to, and making them absolute.

Two kinds of link carry no scheme but are no path either: a network-path reference
(``//www.example.com/a``: the feed's own scheme, https when the feed has none) and a bare host
a publisher's template wrote without its scheme (``www.example.com/a``: https). Joined to the
feed's address as a path, the second became ``https://feed.host/www.example.com/a``, a page
that does not exist; feedparser does that itself when the feed has an ``xml:base`` or the
answer a Content-Location, so such a link is also recognised after the fact
(:func:`unpathed`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urljoin, urlsplit

#: A host name that starts with ``www``, then its path, query or end: ``www.example.com/a``,
#: ``www2.example.co.uk?id=3``, ``WWW.Example.com:8080/``. Only ``www``: ``news.example.com/a``
#: is as likely a relative path (a folder named so) as a host.
_BARE_HOST = re.compile(
    r"www\d?\.(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}\.?(?::\d{1,5})?(?=[/?#]|$)", re.I
)


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


def bare_host(href: str) -> str | None:
    """``www.example.com/a`` -> ``https://www.example.com/a``; None for anything else."""
    return f"https://{href}" if _BARE_HOST.match(href) else None


def absolute(href: object, base: str | None) -> object:
    """``/news/a.html`` -> ``https://host/news/a.html`` when there is a base; feedparser only
    resolves links against an ``xml:base`` or a Content-Location header. ``//host/a`` takes the
    base's scheme (https without a base); ``www.host/a`` is a host, made https."""
    if not isinstance(href, str) or not href.strip():
        return href
    link = href.strip()
    hosted = bare_host(link)  # before the scheme: www.host:8080/a splits as scheme "www.host"
    if hosted is not None:
        return hosted
    if scheme_of(link) != "":
        return href
    if link.startswith("//") and not base:
        return f"https:{link}"
    if not base:
        return href
    try:
        return urljoin(base, link)
    except ValueError:
        return href


def unpathed(link: object, bases: Iterable[object]) -> object:
    """``link`` as it was meant when feedparser joined a bare host to one of ``bases`` (an
    ``xml:base``, a Content-Location) as a path: ``https://feed.host/news/www.example.com/a``
    from ``www.example.com/a`` -> ``https://www.example.com/a``; else ``link`` unchanged."""
    if not isinstance(link, str):
        return link
    for base in bases:
        if not isinstance(base, str) or scheme_of(base) not in ("http", "https"):
            continue
        try:
            folder = urljoin(base, ".")
        except ValueError:
            continue
        if link.startswith(folder) and folder.endswith("/"):
            hosted = bare_host(link[len(folder) :])
            if hosted is not None:
                return hosted
    return link
