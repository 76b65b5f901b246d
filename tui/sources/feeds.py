"""RSS 0.9x / 1.0 (RDF) / 2.0 and Atom 0.3 / 1.0 feeds, parsed with feedparser, and JSON Feed
(:mod:`tui.sources.json_feed`).

``parse`` is pure: bytes in, :class:`ParseResult` out. feedparser only ever sees the body as a
byte stream (never a str, which it would fetch as a URL, and never bare bytes, which it would
first try to open as a local file name).
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from tui.core.config_types import SourceConfig
from tui.core.fmt import counted
from tui.core.models import FUTURE_SLACK, NO_DATE_BEFORE, Headline
from tui.core.text import clean_text, clean_title
from tui.sources import (
    feed_batches,
    feed_charset,
    feed_document,
    feed_entries,
    feed_subset,
    json_feed,
)
from tui.sources.base import SourceError
from tui.sources.binary import refuse_binary
from tui.sources.feed_cut import cut_mid_entry, without_cut_character
from tui.sources.feed_entries import Feed, is_google_news
from tui.sources.feed_links import link_base

UTC = timezone.utc

_HTML_START = re.compile(  # an XHTML page has its XML declaration first
    rb"^\s*(?:<\?xml\b[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.I | re.S,
)
# A document's first element: past its declaration, comments, processing instructions, DOCTYPE.
_FIRST_ELEMENT = re.compile(rb"<([A-Za-z_][\w.:-]{0,40})")
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF|RDF)\b")
# A byte-order mark and the blank space before a body's first character.
_BLANK_START = re.compile(rb"(?:\xef\xbb\xbf)?\s*")


@dataclass(frozen=True)
class ParseResult:
    """What a source's ``parse`` returns: the headlines, and a warning when the input was
    flawed but usable (shown on the source's health line)."""

    headlines: list[Headline]
    warning: str | None = None
    #: a feed's items left unread past ``[app] max_stories`` (counted among its items, as the
    #: store's: it keeps none of them, each having that many newer ones in the same feed)
    unread: int = 0


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


def with_ahead(
    result: ParseResult,
    items: list[Any],
    date_of: Callable[[dict[str, Any]], datetime | None],
    fetched_at: datetime,
    what: tuple[str, str],
    raw_of: Callable[[dict[str, Any]], object] | None = None,
) -> ParseResult:
    """``result`` with the raw ``items`` dated (``date_of``) more than a day after
    ``fetched_at`` said in its warning (those items are dated when first seen); so are those
    whose date as written (``raw_of``) is no date (``2026-02-30``, a placeholder before
    ``NO_DATE_BEFORE``); ``what``: the item's noun and plural."""
    ahead: list[datetime] = []
    unread: list[str] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        when = date_of(item)
        if when is not None and when > fetched_at + FUTURE_SLACK:
            ahead.append(when)
        elif (when is None or when < NO_DATE_BEFORE) and raw_of is not None:
            if (raw := _as_written(raw_of(item))) is not None:
                unread.append(raw)
    said = [ahead_note(ahead, what)] if ahead else []
    said += [unread_note(unread, what)] if unread else []
    if not said:
        return result
    return ParseResult(result.headlines, "; ".join(w for w in (result.warning, *said) if w))


def _as_written(raw: object) -> str | None:
    """A date field's value as written, for saying it is none: a string, or a number, list or
    object (``20260301``, ``[2026, 3, 1]``: the API's field of the wrong type, which was left
    undated without a word) as JSON; None for a field left out, null or blank."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, str):
        return raw
    try:
        return json.dumps(raw, ensure_ascii=False, default=str)[:200]
    except (TypeError, ValueError):  # a float NaN under allow_nan=False, a cycle
        return str(raw)[:200]


def ahead_note(ahead: list[datetime], what: tuple[str, str] = ("entry", "entries")) -> str:
    return (
        f"{counted(len(ahead), *what)} dated more than a day ahead "
        f"(e.g. {min(ahead):%Y-%m-%d}), dated when first seen"
    )


def unread_note(unread: list[str], what: tuple[str, str] = ("entry", "entries")) -> str:
    """What to say of items whose dates are none (``unread``, as written)."""
    example = clean_text(unread[0], 40, html_input=False)
    return (
        f"{counted(len(unread), *what)} with an unusable date (e.g. {example!r}), "
        "dated when first seen"
    )


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
    keep: int | None = None,
) -> ParseResult:
    """Headlines from a feed body: its newest ``max_items`` (the source's option), or at most
    ``keep`` (``[app] max_stories``: no more are ever stored). Raises :class:`SourceError`
    when nothing usable came."""
    fetched_at = _aware(fetched_at)
    passed = feed_charset.passed_headers(headers, data)
    if (misnamed := feed_charset.utf8_named_otherwise(data, passed)) is not None:
        passed = {**passed, "content-type": "application/xml; charset=utf-8"}
    misnamed = feed_charset.header_named_otherwise(headers, data) or misnamed
    misnamed = misnamed or feed_charset.declared_otherwise(data)  # over UTF-16 or UTF-32
    if (utf8 := feed_document.wide_as_utf8(data)) is not None:  # UTF-16/32: its own charset
        data, passed = utf8, {k: v for k, v in passed.items() if k != "content-type"}
    elif (legacy := feed_charset.legacy(data, passed)) is not None:  # windows-1251 as UTF-8
        misnamed = misnamed or feed_charset.override_note(data, passed, legacy)
        passed = {**passed, "content-type": f"application/xml; charset={legacy}"}
    limit, bound = feed_subset.bounded(src.options, keep)
    as_json = json_feed.document(data)
    left_out = as_json.get("note") if as_json is not None else None
    read_as = as_json.get("read_as") if as_json is not None else None  # not UTF-8: read as...
    more = "; ".join(filter(None, (read_as, left_out))) or None
    if as_json is not None:  # its newest items, as an RSS or Atom feed's (``max_items``)
        got = feed_subset.limited(as_json, limit)
        got.bound = bound
    else:  # the newest items; only those not read before go to feedparser
        _sniff(data, headers)
        data = without_cut_character(data)
        got = feed_subset.read(data, passed, src.url or src.name, limit)
        got.bound = bound
        if got.batches is not None:
            try:
                return _batched(got, src, fetched_at, data, passed, misnamed)
            except feed_batches.Unsure:  # read whole, as it always was
                got = feed_subset.whole(data, passed, limit)
                got.bound = bound
    parsed: Any = got.parsed
    entries: list[Any] = list(parsed.get("entries") or [])
    version = parsed.get("version") or ""
    problem = _bozo_message(parsed, data, passed) if parsed.get("bozo") else None

    if not entries:
        if left_out:  # every item of a JSON Feed left out for its title
            raise SourceError(f"JSON Feed: {left_out}")
        if problem is not None and _is_fatal(parsed):
            if version:
                raise SourceError(f"ill-formed feed with no entries ({problem})")
            raise SourceError(f"not a feed: {problem}")
        if not version:
            raise SourceError(_not_a_feed(data))
        return ParseResult([], None)

    broken = problem is not None and _is_fatal(parsed)
    cut = broken and cut_mid_entry(parsed.get("bozo_exception"), data)
    if cut:  # the last entry was being read when the document ended: its end is missing
        entries = entries[:-1]
        if not entries:
            raise SourceError(f"ill-formed feed, cut off in its first entry ({problem})")
    feed = _feed(src, fetched_at, parsed.get("feed") or {}, entries)
    headlines = feed_entries.headlines([entries], feed)
    said = (misnamed, problem)
    return _result(
        headlines, len(entries), said, broken=broken, cut=cut, got=got, feed=feed, more=more
    )


def _batched(
    got: feed_subset.Read,
    src: SourceConfig,
    fetched_at: datetime,
    data: bytes,
    passed: Mapping[str, str],
    misnamed: str | None = None,
) -> ParseResult:
    """A big feed read a batch of items at a time (:mod:`tui.sources.feed_batches`): each
    batch's entries made into what their headlines take and let go before the next batch is
    parsed. Raises :class:`feed_batches.Unsure` for a batch that does not read as its items
    read in the whole document (the caller parses it whole)."""
    assert got.batches is not None
    docs = iter(got.batches)
    first = next(docs)
    problem = _bozo_message(first, data, passed) if first.get("bozo") else None
    feed = _feed(src, fetched_at, first.get("feed") or {}, first.get("entries") or [])

    read = 0  # entries read, batch by batch

    def entries() -> Iterator[list[Any]]:
        nonlocal read
        for doc in itertools.chain((first,), docs):  # the first batch let go with the rest
            read += len(doc.get("entries") or [])
            yield doc.pop("entries")  # no name holds a batch once it is read

    headlines = feed_entries.headlines(entries(), feed)
    said = (misnamed, problem)
    return _result(headlines, read, said, broken=False, cut=False, got=got, feed=feed)


def _feed(src: SourceConfig, fetched_at: datetime, feed: Any, entries: list[Any]) -> Feed:
    return Feed(
        src=src,
        fetched_at=fetched_at,
        feed_title=clean_title(feed.get("title")) or None,
        google_news=is_google_news(feed, entries),
        base=link_base(src.url, feed.get("link")),
    )


def _result(
    headlines: list[Headline],
    entries: int,
    notes: tuple[str | None, str | None],
    *,
    broken: bool,
    cut: bool,
    got: feed_subset.Read | None,
    feed: Feed | None = None,
    more: str | None = None,
) -> ParseResult:
    """The headlines and what to say: ``notes`` are the XML declaration's misnamed charset and
    feedparser's problem; ``entries`` how many were read (those that gave no headline had no
    title, link or text); ``more``: what else the document's reading left out."""
    if not headlines:
        raise SourceError("feed entries have no title, link or text")
    misnamed, problem = notes
    said: list[str | None] = [misnamed]
    if problem is not None:
        used = f"{counted(len(headlines), 'entry', 'entries')} used"
        cut_note = ", the last one, cut off, left out" if cut else ""
        said.append(
            f"ill-formed XML ({problem}); {used}{cut_note}" if broken else f"{problem}; {used}"
        )
    if empty := entries - len(headlines):
        said.append(f"{counted(empty, 'entry', 'entries')} with no title, link or text left out")
    if feed is not None and feed.ahead:
        said.append(ahead_note(feed.ahead))
    if feed is not None and feed.unread:
        said.append(unread_note(feed.unread))
    said.append(got.note() if got is not None else None)
    said.append(more)
    warning = "; ".join(note for note in said if note) or None
    return ParseResult(headlines, warning, got.unread if got is not None else 0)


# -- input checks ---------------------------------------------------------------------------


def _sniff(data: bytes, headers: Mapping[str, str] | None) -> None:
    if not data or not data.strip():
        raise SourceError("empty response")
    refuse_binary(data, headers, "a feed")
    start = _BLANK_START.match(data).end()  # type: ignore[union-attr]  # matches any bytes
    head = data[start : start + 4096]  # past kilobytes of blank lines a template wrote first
    if _HTML_START.match(head) and not _FEED_ROOT.search(head):
        raise SourceError("expected a feed, got an HTML page")
    if head[:1] in (b"{", b"["):
        raise SourceError("expected a feed, got JSON")
    if (text := feed_document.plain_text(head)) is not None:
        raise SourceError(f"expected a feed, got plain text: {text!r}")


def _not_a_feed(data: bytes) -> str:
    """What an XML document that is no feed is, by its first element (``<Error>``, ``<urlset>``)."""
    start = _BLANK_START.match(data).end()  # type: ignore[union-attr]  # matches any bytes
    root = _FIRST_ELEMENT.search(data, start, start + 4096)
    if root is None:
        return "not an RSS or Atom feed"
    return f"not an RSS or Atom feed: an XML document of <{root[1].decode('ascii')}>"


def _is_fatal(parsed: Any) -> bool:
    """True for XML syntax errors; False for benign notes (encoding overrides, content type)."""
    exc = parsed.get("bozo_exception")
    name = type(exc).__name__
    return name not in ("CharacterEncodingOverride", "NonXMLContentType", "LooseJson")


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


# -- dates --------------------------------------------------------------------------------


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)
