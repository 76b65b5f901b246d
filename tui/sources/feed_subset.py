"""feedparser on the items that need it: a feed's newest ``max_items``, and of those only the
ones not read last time. A JSON Feed's items (read without feedparser) are limited the same way
(``limited``).

feedparser is about half of the time a big feed costs (~0.25 ms an item). Two things are spared:

- **The limit.** A feed holding more than its source's ``max_items`` (no limit unless the
  source sets one: every item a feed serves is a story the user may expect) has its newest that many taken (by each item's date; in the document's order when
  an item's date cannot be read), the rest left out and counted for the health line.
- **Items read before.** The entries feedparser gave for a feed's items are remembered in this
  process by the items' bytes (the app refreshes the same feed all day, and a feed re-serves
  most of its items each time); a changed body has feedparser read its new items only, with
  the document's head and tail (:mod:`tui.sources.feed_items`), and the remembered entries
  are used for the others. They are used only under the same context: the head (but for its
  own dates and RSS 1.0's list of items), the tail, the response headers and the encoding
  feedparser found, so an item is read as the whole document would read it. At most
  :data:`MAX_REMEMBERED` entries are remembered; a feed of more items is read in batches
  (:mod:`tui.sources.feed_batches`: its ``batches``, no ``parsed``), none remembered.

Anything unsure is the whole document parsed as before: a document that cannot be split
surely or that expat rejects (its errors and a cut-off end are reported by ``feeds.parse`` as
they were), a subset feedparser finds ill-formed, or an entry count that is not the item count.
"""

from __future__ import annotations

import calendar
import hashlib
import re
import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

from tui.sources import feed_batches, feed_document, feed_items
from tui.sources.feed_dates import parse_date

#: Items taken from one feed at one refresh when its source sets no ``max_items``: all of them
#: (``[app] max_stories`` still bounds what the store keeps, and says so).
MAX_ITEMS = 2**62
#: Entries remembered over every feed together (~1.8 KB each held, so ~9 MB at most): the feeds
#: used longest ago are forgotten first; a feed of more items than this is not remembered at all
#: (read in batches at each changed body), so the app's memory stays bounded with the
#: owner's 20,000-item feed (whose 20,000 entries would hold ~35 MB).
MAX_REMEMBERED = 5_000

_DATE = re.compile(
    rb"<(?:[\w.-]+:)?(pubDate|published|updated|date|issued|modified|created)\b[^>]*>"
    rb"\s*(?:<!\[CDATA\[)?\s*([^<\]]{6,80}?)\s*(?:\]\]>)?\s*</"
)
# RFC 822 as feeds write it ("Sun, 23 Aug 2026 11:59:58 GMT", "+0200"), read without email.utils
_RFC822 = re.compile(
    r"(?:[A-Za-z]{3},?\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\s+(\d{1,2}):(\d\d)"
    r"(?::(\d\d))?\s*(?:(GMT|UTC?|Z)|([+-])(\d\d):?(\d\d))?$"
)
_MONTHS = {m: i for i, m in enumerate(calendar.month_abbr) if m}
_DATE_RANK = {b"pubDate": 0, b"published": 0, b"issued": 0, b"date": 1, b"updated": 1}
# What a refresh changes in a feed's head without changing how its items read.
_VOLATILE = re.compile(
    rb"(<(?:[\w.-]+:)?(?:lastBuildDate|pubDate|updated|date|published|modified|ttl)\b[^>]*>)"
    rb"[^<]*(?=</)|<(?:[\w.-]+:)?items\b.*?</(?:[\w.-]+:)?items\s*>",
    re.S,
)


@dataclass
class Read:
    """A feedparser-shaped document, and how many items the feed held and were left out."""

    parsed: Any
    total: int = 0
    left_out: int = 0
    reused: int = 0
    batches: feed_batches.Batches | None = None  # a big feed to be read in batches (no parsed)
    bound: str = "max_items"  # the setting that left items out (or "max_stories")

    def note(self) -> str | None:
        """What the health line says of the items left out by ``max_items``, if any (those
        past ``[app] max_stories`` are counted as the store's: "30,000 (20,000 kept)")."""
        if not self.left_out or self.bound != "max_items":
            return None
        kept = self.total - self.left_out
        return f"the newest {kept:,} of {self.total:,} items taken (max_items)"

    @property
    def unread(self) -> int:
        """The items left unread past ``[app] max_stories``."""
        return self.left_out if self.bound == "max_stories" else 0


@dataclass
class _Memo:
    context: bytes
    encoding: str
    entries: dict[bytes, Any] = field(default_factory=dict)  # by the item's digest
    dates: dict[bytes, float | None] = field(default_factory=dict)  # of every item


_MEMO: OrderedDict[str, _Memo] = OrderedDict()
_LOCK = threading.Lock()


def forget_all() -> None:
    with _LOCK:
        _MEMO.clear()


def limit_of(options: Mapping[str, Any]) -> int:
    value = options.get("max_items")
    return int(value) if isinstance(value, int) and value > 0 else MAX_ITEMS


def bounded(options: Mapping[str, Any], keep: int | None) -> tuple[int, str]:
    """The items to take from one feed, and the setting that says so: the source's
    ``max_items``, else ``keep`` (``[app] max_stories``) when that is fewer. The store keeps
    the newest ``max_stories`` stories of every source together, so an item with that many
    newer ones in its own feed is never kept: it is not parsed either (a 30,000-item feed
    costs feedparser its newest 20,000)."""
    limit = limit_of(options)
    if keep is not None and 0 < keep < limit:
        return keep, "max_stories"
    return limit, "max_items"


def read(data: bytes, passed: dict[str, str], key: str, limit: int) -> Read:
    """feedparser's document for ``data`` (its newest ``limit`` items); ``key`` names the feed
    for what is remembered of it."""
    found = feed_items.spans(data)
    if found is None:
        return whole(data, passed, limit)
    total = len(found)
    if MAX_REMEMBERED < total <= limit:  # nothing to remember, reuse or leave out: read in
        with _LOCK:  # batches (the peak of a big refresh was feedparser's entries, all at once)
            _MEMO.pop(key, None)
        if not feed_items.well_formed(data):  # its faults said as a whole parse says them
            return whole(data, passed, limit)
        return Read(None, total, batches=feed_batches.plan(data, passed, found))
    if total > limit > MAX_REMEMBERED and (few := _newest_in_batches(data, passed, found, limit)):
        with _LOCK:  # too many to remember: the newest ``limit`` read in batches, no others
            _MEMO.pop(key, None)
        return few
    parts = feed_items.cut(data, found)
    del found
    digests = [hashlib.blake2b(item, digest_size=16).digest() for item in parts.items]
    context = _context(parts, passed)
    with _LOCK:
        memo = _MEMO.get(key)
        if memo is not None and memo.context != context:
            memo = None
    known = memo.entries if memo is not None else {}
    dated: dict[bytes, float | None] = {}
    chosen = list(range(total))
    if total > limit:  # each item's date, read once
        was = memo.dates if memo is not None else {}
        for d, item in zip(digests, parts.items, strict=True):
            dated[d] = was[d] if d in was else _chunk_date(item)
        chosen = newest([dated[d] for d in digests], limit)
    new = [i for i in chosen if digests[i] not in known]
    if len(new) == total:  # every item read: the document as it came
        parsed = feed_document.parse(data, passed)
        entries = list(parsed.get("entries") or [])
        if not _ill(parsed) and len(entries) == total:
            _keep(
                key,
                _Memo(context, _encoding(parsed), dict(zip(digests, entries, strict=True)), dated),
            )
        return Read(parsed, total)
    if not feed_items.well_formed(data):  # its faults said as a whole parse says them
        return whole(data, passed, limit)
    sub = feed_document.parse(parts.with_items([parts.items[i] for i in new]), passed)
    got = list(sub.get("entries") or [])
    if _ill(sub) or len(got) != len(new) or (memo and _encoding(sub) != memo.encoding):
        return whole(data, passed, limit)
    fresh = dict(zip((digests[i] for i in new), got, strict=True))
    entries = [known[d] if d in known else fresh[d] for d in (digests[i] for i in chosen)]
    kept = {digests[i]: e for i, e in zip(chosen, entries, strict=True)}
    _keep(key, _Memo(context, _encoding(sub), kept, dated))
    doc = {k: sub.get(k) for k in ("feed", "version", "encoding", "bozo", "bozo_exception")}
    doc["entries"] = entries
    return Read(doc, total, total - len(chosen), len(chosen) - len(new))


#: Runs of consecutive items at most for the newest items of a big feed read in batches: each
#: run is one more parse of the document's head and tail (a feed whose dates are in no order
#: is read in one parse of its chosen items instead).
MOST_RUNS = 100


def _newest_in_batches(
    data: bytes, passed: dict[str, str], found: list[tuple[int, int]], limit: int
) -> Read | None:
    """The newest ``limit`` items of ``data`` (its items at ``found``) to be read in batches;
    None when they lie in too many runs or expat finds fault with the document."""
    chosen = newest([_chunk_date(data[start:end]) for start, end in found], limit)
    batches = feed_batches.plan_chosen(data, passed, found, chosen)
    if len(batches.runs) > MOST_RUNS or not feed_items.well_formed(data):
        return None
    return Read(None, len(found), len(found) - len(chosen), batches=batches)


def newest(dates: Sequence[float | None], limit: int) -> list[int]:
    """The indices of the ``limit`` newest items, in document order: by date when every item
    has one, else the first ``limit`` (feeds list their newest first)."""
    if len(dates) <= limit:
        return list(range(len(dates)))
    if any(d is None for d in dates):
        return list(range(limit))
    ranked = sorted(range(len(dates)), key=lambda i: -(dates[i] or 0.0))
    return sorted(ranked[:limit])


def whole(data: bytes, passed: dict[str, str], limit: int) -> Read:
    return limited(feed_document.parse(data, passed), limit)


def limited(parsed: Any, limit: int) -> Read:
    """A feedparser-shaped document (a whole parse, or a JSON Feed's: ``tui.sources.json_feed``)
    with its newest ``limit`` entries, the others counted as left out."""
    entries = list(parsed.get("entries") or [])
    if len(entries) <= limit:
        return Read(parsed, len(entries))
    dates = [_entry_date(e) for e in entries]
    if _ill(parsed):  # its last entry stays last: feeds.parse leaves it out if it was cut off
        chosen = [*newest(dates[:-1], limit - 1), len(entries) - 1]
    else:
        chosen = newest(dates, limit)
    doc = {k: parsed.get(k) for k in ("feed", "version", "encoding", "bozo", "bozo_exception")}
    doc["entries"] = [entries[i] for i in chosen]
    return Read(doc, len(entries), len(entries) - len(chosen))


def _ill(parsed: Any) -> bool:
    """Whether feedparser found fault with a document (a non-XML content type is no fault)."""
    exc = parsed.get("bozo_exception")
    return bool(parsed.get("bozo")) and type(exc).__name__ != "NonXMLContentType"


def _encoding(parsed: Any) -> str:
    return str(parsed.get("encoding") or "")


def _keep(key: str, memo: _Memo) -> None:
    with _LOCK:
        _MEMO.pop(key, None)
        if len(memo.entries) > MAX_REMEMBERED:
            return
        _MEMO[key] = memo
        while len(_MEMO) > 1 and sum(len(m.entries) for m in _MEMO.values()) > MAX_REMEMBERED:
            _MEMO.popitem(last=False)


def _context(parts: feed_items.Split, passed: Mapping[str, str]) -> bytes:
    h = hashlib.blake2b(digest_size=16)
    h.update(_VOLATILE.sub(rb"\1", parts.head))
    h.update(b"\0" + parts.tail + b"\0")
    h.update(repr(sorted(passed.items())).encode())
    return h.digest()


def _chunk_date(item: bytes) -> float | None:
    best: tuple[int, bytes] | None = None
    for m in _DATE.finditer(item):
        rank = _DATE_RANK.get(m[1], 2)
        if best is None or rank < best[0]:
            best = (rank, m[2])
    if best is None:
        return None
    text = best[1].decode("ascii", "replace").strip()
    if (r := _RFC822.match(text)) is not None and (month := _MONTHS.get(r[2].title())):
        day, year, hour, minute, second = int(r[1]), int(r[3]), int(r[4]), int(r[5]), int(r[6] or 0)
        shift = 0 if r[8] is None else (1 if r[8] == "+" else -1) * (int(r[9]) * 60 + int(r[10]))
        try:
            return float(calendar.timegm((year, month, day, hour, minute, second)) - shift * 60)
        except (ValueError, OverflowError):
            return None
    when: datetime | None = None
    try:
        when = parsedate_to_datetime(text) if text[:1].isalpha() else None
    except (TypeError, ValueError, IndexError):
        when = None
    if when is None:
        try:
            when = datetime.fromisoformat(text)
        except ValueError:
            when = parse_date(text)
    if when is None:
        return None
    return when.timestamp() if when.tzinfo else calendar.timegm(when.timetuple())


def _entry_date(entry: Any) -> float | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key) if isinstance(entry, Mapping) else None
        if value:
            try:
                return float(calendar.timegm(value))
            except (TypeError, ValueError, OverflowError):
                return None
    return None
