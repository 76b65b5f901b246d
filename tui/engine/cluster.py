"""Grouping headlines into stories.

Two entries are the same story when they share a canonical URL (unless they are items of one
source under different titles), or when their titles say the same thing: normalised titles
(lower-cased, punctuation and outlet suffixes dropped, filler words removed, plurals folded)
scored with rapidfuzz, behind guards that keep apart titles
which share many words but report different facts (different numbers, metals, countries,
direction of a move, negation, import vs export...).

Only entries published within :data:`WINDOW` of each other are compared, and candidates come
from an index of the rarest words of each title (:mod:`tui.engine.cluster_fuzzy`), so 10,000
headlines cluster in well under a second rather than in 50 million comparisons.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from urllib.parse import urlsplit

from tui.core.lazy_re import lazy
from tui.core.models import Headline, Metal, Story
from tui.core.text import has_outlet_separator, host_of, split_outlet_suffix
from tui.engine.cluster_fuzzy import WINDOW
from tui.engine.cluster_fuzzy import fuzzy_merge as _fuzzy_merge
from tui.engine.cluster_memo import ClusterMemo, FormKey, Forms, Round, story_metals
from tui.engine.metal_matcher import MetalMatcher
from tui.engine.tagging import matcher_for
from tui.engine.titles import normalise_title, similarity, title_text

__all__ = [
    "DEFAULT_THRESHOLD",
    "WINDOW",
    "ClusterMemo",
    "build_stories",
    "normalise_title",
    "similarity",
    "story_id",
]

#: Default similarity threshold (rapidfuzz 0-100 scale). Conservative: a missed merge shows
#: a story twice; a wrong merge hides one.
DEFAULT_THRESHOLD = 86.0
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def build_stories(
    headlines: Iterable[Headline],
    metals: Sequence[Metal],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    memo: ClusterMemo | None = None,
) -> list[Story]:
    """Group headlines into stories, newest first.

    ``threshold`` is a rapidfuzz score (0-100; a value <= 1 is read as a fraction). ``memo``:
    the title forms and pair scores of the last build, read where they apply and left holding
    this build's (what a caller that clusters the same store again and again passes; the
    stories are the same with it or without).
    """
    if threshold <= 1.0:
        threshold *= 100.0
    given = list(headlines)
    if not given:
        return []
    matcher = matcher_for(metals)  # the alias patterns, compiled once for the whole run
    if memo is None:
        return _build(given, matcher, threshold, None)
    with memo.round(matcher) as memo_round:
        return _build(given, matcher, threshold, memo_round)


def unclustered(headlines: Iterable[Headline], metals: Sequence[Metal]) -> list[Story]:
    """Each headline as a story of its own, with the metals it names and its relevance, newest
    first: what a first screen shows while :func:`build_stories` is still grouping (a start
    without its snapshot cache). Not the grouped stories (nor their ids): never kept, never a
    baseline, never compared."""
    from tui.engine.relevance import with_relevance

    groups = [[h] for h in sorted(headlines, key=_sort_key)]
    tags = story_metals(groups, {}, matcher_for(metals))
    stories = unique_ids([with_relevance(_story(g, t)) for g, t in zip(groups, tags, strict=True)])
    stories.sort(key=story_order, reverse=True)
    return stories


def _build(
    given: list[Headline], matcher: MetalMatcher, threshold: float, memo_round: Round | None
) -> list[Story]:
    sort_keys = list(map(_sort_key, given))  # each once: for the sort, the times, the groups
    order = sorted(range(len(given)), key=sort_keys.__getitem__)  # stable, as sorting items
    items = [given[i] for i in order]
    times = [sort_keys[i][0] for i in order]
    del sort_keys, order  # each stage's helpers go when it ends: the fuzzy stage is the peak
    n = len(items)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)  # the earliest entry leads

    # 1. the same article (canonical URL); but an item of the same source on that link under
    # another title is another item (a feed linking several to one section page, stored
    # apart): a story of its own, with those of its title
    by_url: dict[str, int] = {}
    apart: dict[tuple[str, str, str], int] = {}  # (link, source, title) -> its first item
    for i, h in enumerate(items):
        key = _url_key(h)
        if key is None:
            continue
        first = by_url.get(key)
        if first is None:
            by_url[key] = i
            continue
        lead = items[first]
        if lead.source != h.source or lead.title == h.title:
            union(first, i)
        elif (other := apart.setdefault((key, h.source, h.title), i)) != i:
            union(other, i)

    # 2. the same normalised title within the window (anchored on the first of a run)
    distinct: dict[FormKey, int] = {}  # -> index into the distinct
    which: list[int] = []
    for h in items:
        doc_id = (h.guid or h.canonical_url or h.url) if h.official else None
        which.append(distinct.setdefault((h.title, h.outlet, doc_id), len(distinct)))
    keys = list(distinct)  # in insertion order
    del distinct
    texts = [title_text(title, outlet) for title, outlet, _doc_id in keys]
    forms = Forms(keys, texts, matcher, memo_round)
    text_tags = forms.tags
    window = WINDOW.total_seconds()
    anchor: dict[tuple[str, str | None], int] = {}
    reps: list[int] = []  # one per (title, window) group: what the fuzzy stage works on
    for i, k in enumerate(which):
        text = forms.text[k]
        if not text:
            reps.append(i)
            continue
        first = anchor.get((text, keys[k][2]))
        if first is not None and times[i] - times[first] <= window:
            union(first, i)
            continue
        anchor[(text, keys[k][2])] = i
        reps.append(i)
    del anchor

    # 3. titles that say the same thing
    _fuzzy_merge(reps, which, forms, times, threshold, union, find, memo_round)
    if memo_round is not None:
        memo_round.pairs_read()
    del forms, keys, which, reps  # not needed by the stories below

    groups: dict[int, list[Headline]] = defaultdict(list)
    for i, h in enumerate(items):
        groups[find(i)].append(h)
    # each group's entries are in the order of ``items``: sorted by _sort_key
    known = dict(zip(texts, text_tags, strict=True))
    tags = story_metals(list(groups.values()), known, matcher, memo_round)
    stories = [_story(e, metals) for e, metals in zip(groups.values(), tags, strict=True)]
    stories = unique_ids(stories)
    stories.sort(key=story_order, reverse=True)
    return stories


def unique_ids(stories: list[Story]) -> list[Story]:
    """``stories`` (the earliest first) with an id each of its own: stories on one link (a
    home page, a section page a feed links its items to) or of one title far apart in time
    had the same id, and marking one read marked the other, opening one could open the
    other. The earliest keeps its id (a read mark on it stays); a later one's is made of its
    id and its title."""
    seen: set[str] = set()
    out = stories
    for i, story in enumerate(stories):
        if story.id in seen:
            basis = f"{story.id}\n{normalise_title(story.entries[0].title)}"
            n = 0
            new = story.id
            while new in seen:
                new = hashlib.sha1(
                    f"{basis}\n{n}".encode() if n else basis.encode(), usedforsecurity=False
                ).hexdigest()[:12]
                n += 1
            if out is stories:
                out = list(stories)
            out[i] = dataclasses.replace(story, id=new)
        seen.add(out[i].id)
    return out


# -- stories ------------------------------------------------------------------------------


def _story(entries: list[Headline], metals: tuple[str, ...]) -> Story:
    """The story of ``entries`` (sorted by :func:`_sort_key`), naming ``metals``."""
    published: datetime | None
    if len(entries) == 1:  # most stories: what the general case below gives for one entry
        rep = entries[0]
        is_official = rep.official
        published = rep.published
        estimated = published is not None and bool(rep.date_estimated)
        unplaced = not estimated and published is not None and rep.zone_unknown
        summary = rep.summary or ""
    else:
        official = [e for e in entries if e.official]
        is_official = bool(official)
        rep = official[0] if official else entries[0]
        dated = [e for e in entries if e.published is not None and not e.date_estimated]
        placed = [e for e in dated if not e.zone_unknown]  # a time a zone places comes first
        unplaced = bool(dated) and not placed
        if dated:
            published = min(e.published for e in placed or dated if e.published is not None)
            estimated = False
        else:
            stamps = [e.published for e in entries if e.published is not None]
            published = min(stamps) if stamps else None
            estimated = published is not None
        summary = rep.summary or next((e.summary for e in entries if e.summary), "")
    title = rep.title
    if has_outlet_separator(title):  # " - reuters.com": the outlet is in its own column
        title = split_outlet_suffix(title, (rep.outlet, host_of(rep.url)))[0]
    return Story(
        id=story_id(entries[0]),
        title=title,
        url=rep.url,
        source=rep.source,
        published=published,
        summary=summary,
        metals=metals,
        entries=tuple(entries),
        official=bool(is_official),
        date_estimated=estimated,
        policy_event=None,
        relevant=bool(metals),  # the classifier's event may make it relevant later
        zone_unknown=unplaced,
    )


def story_id(first: Headline) -> str:
    """A stable short hex id: from the canonical URL, else the normalised title."""
    basis = first.canonical_url or first.url or ("title:" + normalise_title(first.title))
    return hashlib.sha1(basis.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]


def _url_key(h: Headline) -> str | None:
    url = h.canonical_url or h.url
    if not url:
        return None
    plain = _PLAIN_URL.match(url)
    if plain is not None:  # what urlsplit would find, without its general parse
        path, query = plain.group("path") or "", plain.group("query") or ""
    else:
        parts = urlsplit(url)
        path, query = parts.path, parts.query
    if path in ("", "/") and not query:
        return None  # a feed that links every item to its home page
    return url


#: An http(s) link whose parts ``urlsplit`` would find the same way: a lower-case scheme, an
#: ASCII host without brackets (nothing for its checks to reject), no tab, CR or LF anywhere
#: (which it removes first); the path runs to the first "?" or "#", the query to the "#".
_PLAIN_URL = lazy(
    r"https?://[A-Za-z0-9.\-_~%:@!$&'()*+,;=]*"
    r"(?P<path>/[^?#\t\r\n]*)?(?:\?(?P<query>[^#\t\r\n]*))?(?:#[^\t\r\n]*)?\Z"
)


def _ts(h: Headline) -> float:
    if h.published is None:
        return float("inf")
    when = h.published if h.published.tzinfo else h.published.replace(tzinfo=timezone.utc)
    return (when - _EPOCH).total_seconds()


def _sort_key(h: Headline) -> tuple[float, str, str]:
    return (_ts(h), h.source, h.canonical_url or h.url or h.title)


def story_order(s: Story) -> tuple[float, str]:
    """The stories' order (reversed: newest first, then by id), for whoever keeps stories in
    the order :func:`build_stories` gives."""
    if s.published is None:
        return (float("-inf"), s.id)
    return ((s.published - _EPOCH).total_seconds(), s.id)
