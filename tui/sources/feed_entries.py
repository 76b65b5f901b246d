"""A feed's feedparser entries as headlines, in two steps so that the entries need not all be
alive at once (:mod:`tui.sources.feed_batches` reads a big feed a batch of items at a time):

1. :func:`pending`, one entry at a time: what a headline takes from its entry (the cleaned
   title and summary, the link, the source element's names, the date, the guid), and the
   title's " - Publisher" tail counted (:class:`Titles`);
2. :func:`finish`, once every entry is read: the title's outlet suffix split off (which may
   need the suffix shared by (nearly) every title of the feed: the titles' pass), the outlet,
   the shown title and the summary kept or not; the headline.

Reading a feed whole is the same two steps over its one list of entries: the headlines are the
same however the entries came.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from tui.core.config_types import SourceConfig
from tui.core.models import Headline, usable_date
from tui.core.outlet_tails import ends_as_outlet, section_named
from tui.core.text import (
    NOT_ALNUM,
    OUTLET_SUFFIX,
    canonical_url,
    clean_summary,
    clean_text,
    clean_title,
    host_of,
    safe_url,
    split_outlet_suffix,
    unwrap_redirect,
)
from tui.sources.entry_title import entry_title, shown_title
from tui.sources.feed_boilerplate import (
    drop_caption,
    drop_figures,
    drop_post_line,
    drop_title_echo,
)
from tui.sources.feed_dates import (
    fix_ampm,
    misread_by_feedparser,
    no_such_day,
    parse_date,
    placed,
)
from tui.sources.feed_links import absolute, unpathed

_DETAILS = ("title_detail", "summary_detail")  # an entry's parts that say their base
# An entry's field without FeedParserDict's lookup of old names (none of the fields read with
# it has one: ``keymap`` maps "guid", "description", "url"...), at a third of the cost.
_get = dict.get
UTC = timezone.utc


@dataclass(frozen=True)
class Feed:
    """What every entry of one feed is read with (the feed's own elements, the source)."""

    src: SourceConfig
    fetched_at: datetime
    feed_title: str | None
    google_news: bool
    base: str | None
    #: dates given more than a day after the fetch (those entries are dated when first seen)
    ahead: list[datetime] = field(default_factory=list)
    #: dates given that are none (``30 Feb``, ``yesterday``, 1970's zero), as written (those
    #: entries are dated when first seen too)
    unread: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Pending:
    """What one entry gives its headline before the titles' pass."""

    title: str
    summary: str
    url: str | None
    names: tuple[str | None, ...]  # source element's title, feed title, link host, source host
    redirected: bool  # the link unwrapped from an alert/redirect aggregator's
    published: datetime
    estimated: bool
    unplaced: bool
    guid: str | None


@dataclass
class Titles:
    """The titles' pass: each entry's title tail counted, and the entries counted."""

    tails: Counter[str] = field(default_factory=Counter)
    entries: int = 0

    def add(self, title: str) -> None:
        self.entries += 1
        match = OUTLET_SUFFIX.match(title)
        if match is not None:
            self.tails[match.group("tail").strip().casefold()] += 1

    def common_suffix(self) -> str | None:
        """The " - Publisher" suffix shared by (nearly) every (cleaned) title, if any."""
        if not self.tails:
            return None
        tail, count = self.tails.most_common(1)[0]
        if count >= 3 and count >= 0.8 * self.entries:
            return tail
        return None


def headlines(batches: Iterable[Iterable[Any]], feed: Feed) -> list[Headline]:
    """The headlines of every entry of ``batches`` (each batch let go once read), in order."""
    titles = Titles()
    waiting: list[Pending | None] = []
    for batch in batches:
        for entry in batch:
            title = entry_title(_get(entry, "title"), _get(entry, "title_detail"))
            titles.add(title)
            waiting.append(pending(entry, title, feed))
        del batch
    common = titles.common_suffix()
    out: list[Headline] = []
    for i, one in enumerate(waiting):
        if one is not None:
            waiting[i] = None  # each record let go as its headline is made
            if (headline := finish(one, feed, common)) is not None:
                out.append(headline)
    return out


def pending(entry: Any, title: str, feed: Feed) -> Pending | None:
    """What ``entry`` (its cleaned ``title``) gives its headline; None when it has no title,
    link or text (an entry of only text, valid RSS 2.0, is shown by its text's first words)."""
    # not the story's words: its picture's caption, a blog engine's "The post ... appeared first"
    summary = drop_post_line(drop_caption(clean_summary(drop_figures(_raw_summary(entry)))))
    raw_link = _raw_link(entry, feed.base)
    url = unwrap_redirect(raw_link)
    if not title and url is None and not summary:  # an entry of only text is a story (RSS 2.0)
        return None
    source_el = _get(entry, "source")
    source_title = clean_title(source_el.get("title")) if isinstance(source_el, Mapping) else ""
    source_host = (
        host_of(str(source_el.get("url") or "")) if isinstance(source_el, Mapping) else None
    )
    published, estimated, unplaced = _published(entry, feed.fetched_at, feed.ahead, feed.unread)
    return Pending(
        title=title,
        summary=summary,
        url=url,
        names=(source_title, feed.feed_title, host_of(url), source_host),
        redirected=url is not None and url != safe_url(raw_link),
        published=published,
        estimated=estimated,
        unplaced=unplaced,
        guid=clean_text(_get(entry, "id"), 500, html_input=False) or None,
    )


def finish(one: Pending, feed: Feed, common_suffix: str | None) -> Headline | None:
    """The headline of an entry read by :func:`pending`, after the titles' pass."""
    names, url, summary = one.names, one.url, one.summary
    title, suffix = _strip_outlet(one.title, summary, names, feed.google_news, common_suffix)
    outlet = feed.feed_title
    if names[0]:
        outlet = names[0]
    elif suffix:
        outlet = suffix
    elif one.redirected and url is not None:
        outlet = _domain(url)  # an alert/redirect aggregator: the publisher is the target site

    given = title
    title = shown_title(title, summary, url, (*names, outlet))  # "...", a link, "Reuters": none
    if not title:
        return None
    if feed.google_news or _repeats_title(summary, title, outlet):
        summary = ""  # Google News descriptions are the title and links to related coverage
    else:
        summary = drop_title_echo(summary, title)  # "<title>. <lede>": the lede
    return Headline(
        title=title,
        url=url,
        source=feed.src.name,
        published=one.published,
        summary=summary,
        outlet=outlet,
        date_estimated=one.estimated,
        zone_unknown=one.unplaced,
        guid=one.guid,
        canonical_url=canonical_url(url),
        stand_in=title != given,
    )


def _raw_summary(entry: Any) -> str:
    summary = _get(entry, "summary")
    if summary:
        return str(summary)
    for content in _get(entry, "content") or []:
        value = content.get("value") if isinstance(content, Mapping) else None
        if value:
            return str(value)
    return ""


def _raw_link(entry: Any, base: str | None = None) -> str | None:
    # what feedparser joined links to itself (an xml:base, a Content-Location)
    # (``dict.get``: neither name has an old name, and FeedParserDict.get raises and catches a
    # KeyError for the summary's, absent from most entries)
    joined = [d.get("base") for d in (_get(entry, k) for k in _DETAILS) if isinstance(d, Mapping)]
    link = _get(entry, "link")
    if not (_get(entry, "guidislink") and link == _get(entry, "id")):  # a guid is no address
        link = unpathed(absolute(link, base), joined)
    if link and safe_url(link):
        return str(link)
    for item in entry.get("links") or []:
        if not isinstance(item, Mapping):
            continue
        href = unpathed(absolute(item.get("href"), base), joined)
        if href and item.get("rel", "alternate") == "alternate" and safe_url(href):
            return str(href)
    guid = entry.get("id")
    if entry.get("guidislink") and guid and safe_url(guid):
        return str(guid)
    return None


def _strip_outlet(
    title: str,
    summary: str,
    names: tuple[str | None, ...],
    google_news: bool,
    common_suffix: str | None,
) -> tuple[str, str | None]:
    """Split a trailing " - Publisher" off a syndicated title, when it is one: a domain, or
    a name of the entry's outlet (``names``: source element, feed title, link hosts)."""
    match = OUTLET_SUFFIX.match(title)
    if match is None:
        return title, None
    head, tail = split_outlet_suffix(title, names)
    if tail is not None:
        return head, tail
    head, tail = match.group("head").strip(), match.group("tail").strip()
    mark = title[len(match.group("head")) :].lstrip()[:1]
    if section_named(tail, mark) and len(head.split()) >= 3:
        # a site's section ("| Mining"): off the title, no outlet; one named before the
        # outlet ("| Base Metals | Reuters") comes off once the outlet has
        head2, outlet = _strip_outlet(head, summary, names, google_news, common_suffix)
        return head2, outlet
    low = tail.casefold()
    if names[0]:  # the entry names its publisher, and the tail is not it
        return title, None
    if common_suffix is not None and low == common_suffix:
        return head, tail
    if google_news and len(tail.split()) <= 6:
        return head, tail
    # Google News style description: "<title> <publisher>" (the link text plus the source)
    if (
        summary
        and summary.casefold() != title.casefold()
        and _alnum(summary) == _alnum(head + tail)
    ):
        return head, tail
    # an aggregator's item with no source element: a tail written as an outlet's name and
    # ending on a word outlets are named with ("- Mining Weekly", "- Steel Times International")
    if ends_as_outlet(tail) and len(head.split()) >= 3:
        return head, tail
    return title, None


def is_google_news(feed: Any, entries: list[Any]) -> bool:
    for link in (feed.get("link"), entries[0].get("link") if entries else None):
        if link and host_of(str(link)) == "news.google.com":
            return True
    return False


def _repeats_title(summary: str, title: str, outlet: str | None) -> bool:
    """Google News descriptions only repeat the title and the publisher."""
    if not summary:
        return False
    key = _alnum(summary)
    if key == _alnum(title):
        return True
    return outlet is not None and key == _alnum(title + outlet)


def _domain(url: str) -> str | None:
    return host_of(url)


def _alnum(text: str) -> str:
    return NOT_ALNUM.sub("", text.casefold())


# -- dates --------------------------------------------------------------------------------


def _published(
    entry: Any, fetched_at: datetime, ahead: list[datetime], unread: list[str]
) -> tuple[datetime, bool, bool]:
    """When the entry was published, whether that is only its first sighting (no usable
    date), and whether its clock time is of a zone that cannot be placed (read as UTC). A date
    more than a day after the fetch, of an entry with no usable one, is added to ``ahead``;
    else the first date it gives that is none (no day a calendar holds, a placeholder), as
    written, to ``unread``."""
    first_ahead = None
    first_unread = None
    for key in ("published", "updated", "created"):
        raw = dict.get(entry, key)
        if first_unread is None and isinstance(raw, str) and raw.strip():
            first_unread = raw  # until it reads
        parsed = dict.get(entry, f"{key}_parsed")  # no FeedParserDict fallback magic
        when = parse_date(raw) if not parsed or misread_by_feedparser(raw) else None
        if when is None and parsed:
            try:
                year, month, day, hour, minute, second = (int(v) for v in parsed[:6])
                when = datetime(year, month, day, hour, minute, min(second, 59), tzinfo=UTC)
            except (TypeError, ValueError):
                continue
            when = fix_ampm(when, raw)
        if when is None or no_such_day(raw):  # "2026-02-30" carried over into March
            continue
        when, unplaced = placed(when, raw)
        if (usable := usable_date(when, fetched_at)) is None:
            if when > fetched_at and first_ahead is None:
                first_ahead = when
            continue
        return usable, False, unplaced
    if first_ahead is not None:
        ahead.append(first_ahead)
    elif first_unread is not None:
        unread.append(first_unread)
    return fetched_at, True, False
