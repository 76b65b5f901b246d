"""RSS 0.9x / 1.0 (RDF) / 2.0 and Atom 0.3 / 1.0 feeds, parsed with feedparser, and JSON Feed
(:mod:`tui.sources.json_feed`).

``parse`` is pure: bytes in, :class:`ParseResult` out. feedparser only ever sees the body as a
byte stream (never a str, which it would fetch as a URL, and never bare bytes, which it would
first try to open as a local file name).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from tui.core.config_types import SourceConfig
from tui.core.fmt import counted
from tui.core.models import Headline, usable_date
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
from tui.sources import feed_charset, feed_document, feed_subset, json_feed
from tui.sources.base import SourceError
from tui.sources.binary import refuse_binary
from tui.sources.entry_title import shown_title
from tui.sources.feed_cut import cut_mid_entry, without_cut_character
from tui.sources.feed_dates import fix_ampm, misread_by_feedparser, parse_date, placed
from tui.sources.feed_links import absolute, link_base, unpathed

UTC = timezone.utc

_DETAILS = ("title_detail", "summary_detail")  # an entry's parts that say their base
# An entry's field without FeedParserDict's lookup of old names (none of the fields read with
# it has one: ``keymap`` maps "guid", "description", "url"...), at a third of the cost.
_get = dict.get
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF|RDF)\b")


@dataclass(frozen=True)
class ParseResult:
    """What a source's ``parse`` returns: the headlines, and a warning when the input was
    flawed but usable (shown on the source's health line)."""

    headlines: list[Headline]
    warning: str | None = None


def collect(
    items: list[Any], make: Callable[[dict[str, Any]], Headline | None], what: str, source: str
) -> ParseResult:
    """Headlines from a list of raw items (``make`` returns None for an unusable one); an error
    when items came but none was usable, a warning when some were skipped."""
    headlines: list[Headline] = []
    skipped = 0
    for item in items:
        headline = make(item) if isinstance(item, dict) else None
        if headline is None:
            skipped += 1
        else:
            headlines.append(headline)
    if items and not headlines:
        raise SourceError(f"{source} {what} have neither titles nor links")
    warning = f"{skipped} unusable {what} skipped" if skipped else None
    return ParseResult(headlines, warning)


def build_url(src: SourceConfig) -> str:
    if not src.url:
        raise SourceError("rss source has no url")
    return src.url


def parse(
    data: bytes,
    src: SourceConfig,
    *,
    fetched_at: datetime,
    headers: Mapping[str, str] | None = None,
) -> ParseResult:
    """Headlines from a feed body. Raises :class:`SourceError` when nothing usable came."""
    fetched_at = _aware(fetched_at)
    passed = feed_charset.passed_headers(headers, data)
    if (misnamed := feed_charset.utf8_named_otherwise(data, passed)) is not None:
        passed = {**passed, "content-type": "application/xml; charset=utf-8"}
    if (utf8 := feed_document.wide_as_utf8(data)) is not None:  # UTF-16/32: its own charset
        data, passed = utf8, {k: v for k, v in passed.items() if k != "content-type"}
    parsed: Any = json_feed.document(data)
    got = None
    if parsed is None:  # the newest items; only those not read before go to feedparser
        _sniff(data, headers)
        data = without_cut_character(data)
        limit = feed_subset.limit_of(src.options)
        got = feed_subset.read(data, passed, src.url or src.name, limit)
        parsed = got.parsed
    entries: list[Any] = list(parsed.get("entries") or [])
    version = parsed.get("version") or ""
    problem = _bozo_message(parsed, data, passed) if parsed.get("bozo") else None

    if not entries:
        if problem is not None and _is_fatal(parsed):
            if version:
                raise SourceError(f"ill-formed feed with no entries ({problem})")
            raise SourceError(f"not a feed: {problem}")
        if not version:
            raise SourceError("not an RSS or Atom feed")
        return ParseResult([], None)

    broken = problem is not None and _is_fatal(parsed)
    cut = broken and cut_mid_entry(parsed.get("bozo_exception"), data)
    if cut:  # the last entry was being read when the document ended: its end is missing
        entries = entries[:-1]
        if not entries:
            raise SourceError(f"ill-formed feed, cut off in its first entry ({problem})")
    feed: Any = parsed.get("feed") or {}
    feed_title = clean_title(feed.get("title")) or None
    google_news = _is_google_news(feed, entries)
    titles = [clean_title(_get(entry, "title")) for entry in entries]
    common_suffix = _common_suffix(titles)
    base = link_base(src.url, feed.get("link"))

    headlines: list[Headline] = []
    for entry, title in zip(entries, titles, strict=True):
        headline = _headline(
            entry,
            title,
            src,
            fetched_at=fetched_at,
            feed_title=feed_title,
            google_news=google_news,
            common_suffix=common_suffix,
            base=base,
        )
        if headline is not None:
            headlines.append(headline)

    if not headlines:
        raise SourceError("feed entries have no title, link or text")
    said: list[str | None] = [misnamed]
    if problem is not None:
        used = f"{counted(len(headlines), 'entry', 'entries')} used"
        cut_note = ", the last one, cut off, left out" if cut else ""
        said.append(
            f"ill-formed XML ({problem}); {used}{cut_note}" if broken else f"{problem}; {used}"
        )
    if empty := len(entries) - len(headlines):
        said.append(f"{counted(empty, 'entry', 'entries')} with no title, link or text left out")
    said.append(got.note() if got is not None else None)
    return ParseResult(headlines, "; ".join(note for note in said if note) or None)


# -- input checks ---------------------------------------------------------------------------


def _sniff(data: bytes, headers: Mapping[str, str] | None) -> None:
    if not data or not data.strip():
        raise SourceError("empty response")
    refuse_binary(data, headers, "a feed")
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    if _HTML_START.match(head) and not _FEED_ROOT.search(head):
        raise SourceError("expected a feed, got an HTML page")
    if head.lstrip()[:1] in (b"{", b"["):
        raise SourceError("expected a feed, got JSON")
    if (text := feed_document.plain_text(data)) is not None:
        raise SourceError(f"expected a feed, got plain text: {text!r}")


def _is_fatal(parsed: Any) -> bool:
    """True for XML syntax errors; False for benign notes (encoding overrides, content type)."""
    exc = parsed.get("bozo_exception")
    name = type(exc).__name__
    return name not in ("CharacterEncodingOverride", "NonXMLContentType")


def _bozo_message(parsed: Any, data: bytes, passed: Mapping[str, str]) -> str:
    exc = parsed.get("bozo_exception")
    if exc is None:
        return "ill-formed feed"
    name = type(exc).__name__
    if name == "CharacterEncodingOverride":
        return feed_charset.override_note(data, passed, parsed.get("encoding"))
    if name == "NonXMLContentType":
        return "served with a non-XML content type"
    get_line = getattr(exc, "getLineNumber", None)
    get_msg = getattr(exc, "getMessage", None)
    if callable(get_line) and callable(get_msg):
        try:
            return clean_text(f"line {get_line()}: {get_msg()}", 120, html_input=False)
        except Exception:  # pragma: no cover - defensive: odd SAX exception objects
            pass
    return clean_text(str(exc) or name, 120, html_input=False)


# -- entries ------------------------------------------------------------------------------


def _headline(
    entry: Any,
    title: str,
    src: SourceConfig,
    *,
    fetched_at: datetime,
    feed_title: str | None,
    google_news: bool,
    common_suffix: str | None,
    base: str | None = None,
) -> Headline | None:
    summary = clean_summary(_raw_summary(entry))
    raw_link = _raw_link(entry, base)
    url = unwrap_redirect(raw_link)
    if not title and url is None and not summary:  # an entry of only text is a story (RSS 2.0)
        return None

    outlet = feed_title
    source_el = _get(entry, "source")
    source_title = clean_title(source_el.get("title")) if isinstance(source_el, Mapping) else ""
    source_host = (
        host_of(str(source_el.get("url") or "")) if isinstance(source_el, Mapping) else None
    )
    names = (source_title, feed_title, host_of(url), source_host)
    title, suffix = _strip_outlet(title, summary, names, google_news, common_suffix)
    if source_title:
        outlet = source_title
    elif suffix:
        outlet = suffix
    elif url is not None and url != safe_url(raw_link):
        outlet = _domain(url)  # an alert/redirect aggregator: the publisher is the target site

    title = shown_title(title, summary, url, (*names, outlet))  # "...", a link, "Reuters": none
    if not title:
        return None
    if google_news or _repeats_title(summary, title, outlet):
        summary = ""  # Google News descriptions are the title and links to related coverage

    published, estimated, unplaced = _published(entry, fetched_at)
    guid = clean_text(_get(entry, "id"), 500, html_input=False) or None
    return Headline(
        title=title,
        url=url,
        source=src.name,
        published=published,
        summary=summary,
        outlet=outlet,
        date_estimated=estimated,
        zone_unknown=unplaced,
        guid=guid,
        canonical_url=canonical_url(url),
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
    joined = [d.get("base") for d in map(entry.get, _DETAILS) if isinstance(d, Mapping)]
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
    return title, None


def _common_suffix(titles: list[str]) -> str | None:
    """The " - Publisher" suffix shared by (nearly) every (cleaned) title of a feed, if any."""
    tails: Counter[str] = Counter()
    for title in titles:
        match = OUTLET_SUFFIX.match(title)
        if match is not None:
            tails[match.group("tail").strip().casefold()] += 1
    if not tails:
        return None
    tail, count = tails.most_common(1)[0]
    if count >= 3 and count >= 0.8 * len(titles):
        return tail
    return None


def _is_google_news(feed: Any, entries: list[Any]) -> bool:
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


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def _published(entry: Any, fetched_at: datetime) -> tuple[datetime, bool, bool]:
    """When the entry was published, whether that is only its first sighting (no usable
    date), and whether its clock time is of a zone that cannot be placed (read as UTC)."""
    for key in ("published", "updated", "created"):
        raw = dict.get(entry, key)
        parsed = dict.get(entry, f"{key}_parsed")  # no FeedParserDict fallback magic
        when = parse_date(raw) if not parsed or misread_by_feedparser(raw) else None
        if when is None and parsed:
            try:
                year, month, day, hour, minute, second = (int(v) for v in parsed[:6])
                when = datetime(year, month, day, hour, minute, min(second, 59), tzinfo=UTC)
            except (TypeError, ValueError):
                continue
            when = fix_ampm(when, raw)
        if when is None:
            continue
        when, unplaced = placed(when, raw)
        if (when := usable_date(when, fetched_at)) is None:
            continue
        return when, False, unplaced
    return fetched_at, True, False
