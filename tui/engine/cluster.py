"""Grouping headlines into stories.

Two entries are the same story when they share a canonical URL, or when their titles say the
same thing: normalised titles (lower-cased, punctuation and outlet suffixes dropped, filler
words removed, plurals folded) scored with rapidfuzz, behind guards that keep apart titles
which share many words but report different facts (different numbers, metals, countries,
direction of a move, negation, import vs export...).

Only entries published within :data:`WINDOW` of each other are compared, and candidates come
from an index of the rarest words of each title, so 10,000 headlines cluster in well under a
second rather than in 50 million comparisons.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from urllib.parse import urlsplit

from rapidfuzz import fuzz

from tui.core.models import Headline, Metal, Story
from tui.engine.tagging import MetalMatcher, matcher_for

#: Default similarity threshold (rapidfuzz 0-100 scale). Conservative: a missed merge shows
#: a story twice; a wrong merge hides one.
DEFAULT_THRESHOLD = 86.0
#: Entries further apart than this are never merged on title alone.
WINDOW = timedelta(days=3)
#: Titles sharing less than this share of their words (Jaccard) are never merged.
MIN_JACCARD = 0.4
#: A title is compared with at most about this many earlier titles (the nearest in time for
#: each indexed word): this bounds the work when a window holds thousands of titles made of
#: the same few words.
_MAX_CANDIDATES = 40
_MIN_PER_KEY = 8

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

STOPWORDS = frozenset(
    """a an the of to in on for and or at by with from as is are was were be been being it its
    this that these those after amid over into about than then via vs per his her their our
    says say said saying report reports reported according sources source media update
    updated exclusive breaking live analysis explainer factbox instant view wrapup podcast
    newsletter opinion column insight focus photos video watch""".split()
)
# Headline kickers ("EXCLUSIVE: ...", "UPDATE 2-...") carry no meaning for identity.
_KICKER = re.compile(
    r"^\s*(?:(?:exclusive|breaking|analysis|explainer|factbox|podcast|newsletter|opinion|"
    r"column|insight|focus|live|watch|video|update(?:\s*\d+)?|instant view|wrapup(?:\s*\d+)?)"
    r"\s*[:\-–—|]\s*)+",
    re.I,
)
# A short label before a colon ("Morning Bid: ...", "Trading Day: ..."): a column name or a
# speaker. Titles are compared without it (two columns share it, not their story).
_LABEL = re.compile(r"^\s*[^\s:]+(?:\s+[^\s:]+){0,2}\s*:\s+(?=\S)")
_ABBR_DOT = re.compile(r"(?<=\b[^\W\d_])\.(?=[^\W\d_]\b)")  # U.S. -> US, E.U. -> EU
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)?")
_SUFFIX = re.compile(r"^(?P<head>.+?)\s+[-–—|]\s+(?P<tail>[^-–—|]{2,60})$")

UP = frozenset(
    """rise rose risen rising gain gained gaining jump jumped jumping surge surged surging
    soar soared soaring climb climbed climbing rally rallied rallying advance advanced
    rebound rebounded spike spiked higher increase increased raise raised hike hiked boost
    boosted up strengthen strengthened""".split()
)
DOWN = frozenset(
    """fall fell fallen falling drop dropped dropping slip slipped slipping slide slid sliding
    sink sank sinking plunge plunged plunging tumble tumbled tumbling decline declined
    declining slump slumped dip dipped lower ease eased easing retreat retreated down weaken
    weakened crash crashed lose lost loss cut slash slashed shrink shrank""".split()
)
NEGATIONS = frozenset(
    "not no never won't wont don't doesn't didn't isn't aren't can't cannot deny denie "
    "denied reject rejected without".split()
)
# Word pairs whose swap changes the fact reported (compared after plural folding).
ANTONYMS: tuple[tuple[str, str], ...] = (
    ("import", "export"),
    ("importer", "exporter"),
    ("high", "low"),
    ("buy", "sell"),
    ("buyer", "seller"),
    ("open", "close"),
    ("approve", "reject"),
    ("win", "lose"),
    ("start", "end"),
    ("impose", "lift"),
    ("ban", "lift"),
    ("long", "short"),
    ("surplus", "deficit"),
    ("inflow", "outflow"),
    ("upgrade", "downgrade"),
)
METAL_WORDS = {
    "copper": "copper",
    "aluminium": "aluminium",
    "aluminum": "aluminium",
    "alumina": "alumina",
    "bauxite": "bauxite",
    "nickel": "nickel",
    "zinc": "zinc",
    "tin": "tin",
    "gold": "gold",
    "silver": "silver",
    "platinum": "platinum",
    "palladium": "palladium",
    "rhodium": "rhodium",
    "lithium": "lithium",
    "cobalt": "cobalt",
    "iron": "iron",
    "steel": "steel",
    "uranium": "uranium",
    "gallium": "gallium",
    "germanium": "germanium",
    "antimony": "antimony",
    "tungsten": "tungsten",
    "graphite": "graphite",
    "manganese": "manganese",
    "molybdenum": "molybdenum",
    "magnesium": "magnesium",
    "titanium": "titanium",
    "vanadium": "vanadium",
    "indium": "indium",
    "tellurium": "tellurium",
    "rare earth": "rare-earths",
    "rare earths": "rare-earths",
}
# Places that tell stories apart ("Colombia mine collapse" vs "Chile mine collapse").
COUNTRY_WORDS = {
    "china": "CN", "chinese": "CN", "beijing": "CN",
    "us": "US", "usa": "US", "united states": "US", "america": "US", "american": "US",
    "washington": "US",
    "canada": "CA", "canadian": "CA", "ottawa": "CA",
    "mexico": "MX", "mexican": "MX",
    "japan": "JP", "japanese": "JP", "tokyo": "JP",
    "south korea": "KR", "south korean": "KR", "seoul": "KR",
    "north korea": "KP", "north korean": "KP", "pyongyang": "KP",
    "taiwan": "TW", "taiwanese": "TW", "taipei": "TW",
    "india": "IN", "indian": "IN", "new delhi": "IN",
    "indonesia": "ID", "indonesian": "ID", "jakarta": "ID",
    "philippines": "PH", "philippine": "PH", "manila": "PH",
    "vietnam": "VN", "vietnamese": "VN", "malaysia": "MY", "malaysian": "MY",
    "thailand": "TH", "thai": "TH", "myanmar": "MM",
    "australia": "AU", "australian": "AU", "canberra": "AU",
    "russia": "RU", "russian": "RU", "moscow": "RU", "kremlin": "RU",
    "ukraine": "UA", "ukrainian": "UA", "kyiv": "UA",
    "eu": "EU", "european union": "EU", "brussels": "EU",
    "uk": "GB", "britain": "GB", "british": "GB",
    "germany": "DE", "german": "DE", "berlin": "DE",
    "france": "FR", "french": "FR", "paris": "FR",
    "italy": "IT", "italian": "IT", "spain": "ES", "spanish": "ES",
    "poland": "PL", "polish": "PL", "sweden": "SE", "norway": "NO", "finland": "FI",
    "turkey": "TR", "turkish": "TR", "iran": "IR", "iranian": "IR", "tehran": "IR",
    "israel": "IL", "israeli": "IL", "saudi": "SA", "saudi arabia": "SA",
    "uae": "AE", "qatar": "QA", "iraq": "IQ", "syria": "SY", "egypt": "EG",
    "pakistan": "PK", "pakistani": "PK", "kazakhstan": "KZ",
    "brazil": "BR", "brazilian": "BR", "chile": "CL", "chilean": "CL",
    "peru": "PE", "peruvian": "PE", "argentina": "AR", "argentine": "AR",
    "bolivia": "BO", "colombia": "CO", "colombian": "CO", "venezuela": "VE",
    "cuba": "CU", "panama": "PA",
    "congo": "CD", "drc": "CD", "congolese": "CD", "zambia": "ZM", "zambian": "ZM",
    "zimbabwe": "ZW", "south africa": "ZA", "south african": "ZA", "namibia": "NA",
    "guinea": "GN", "ghana": "GH", "mali": "ML", "niger": "NE", "nigeria": "NG",
    "central african republic": "CF", "tanzania": "TZ", "morocco": "MA",
}  # fmt: skip


def _fold_phrase(phrase: str) -> str:
    return " ".join(_fold(w) for w in phrase.split())


@dataclass(slots=True)
class _Title:
    """The comparable form of one title."""

    text: str  # content words, space-separated, in title order (without a "Kicker:" prefix)
    words: frozenset[str]
    numbers: frozenset[str]
    metals: frozenset[str]
    places: frozenset[str]
    up: bool
    down: bool
    negated: bool
    all_words: frozenset[str]
    doc_id: str | None = None  # an official document's number: two different ones never merge


def build_stories(
    headlines: Iterable[Headline],
    metals: Sequence[Metal],
    *,
    threshold: float = DEFAULT_THRESHOLD,
) -> list[Story]:
    """Group headlines into stories, newest first.

    ``threshold`` is a rapidfuzz score (0-100; a value <= 1 is read as a fraction).
    """
    if threshold <= 1.0:
        threshold *= 100.0
    items = sorted(headlines, key=_sort_key)
    if not items:
        return []
    n = len(items)
    parent = list(range(n))
    matcher = matcher_for(metals)  # the alias patterns, compiled once for the whole run

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)  # the earliest entry leads

    # 1. the same article (canonical URL)
    by_url: dict[str, int] = {}
    for i, h in enumerate(items):
        key = _url_key(h)
        if key is None:
            continue
        if key in by_url:
            union(by_url[key], i)
        else:
            by_url[key] = i

    # 2. the same normalised title within the window (anchored on the first of a run)
    times = [_ts(h) for h in items]
    memo: dict[tuple[str, str | None, str | None], _Title] = {}
    titles: list[_Title] = []
    for h in items:
        doc_id = (h.guid or h.canonical_url or h.url) if h.official else None
        memo_key = (h.title, h.outlet, doc_id)
        t = memo.get(memo_key)
        if t is None:
            t = memo[memo_key] = _normalise(h, matcher, doc_id)
        titles.append(t)
    window = WINDOW.total_seconds()
    anchor: dict[tuple[str, str | None], int] = {}
    reps: list[int] = []  # one entry per (title, window) group: the fuzzy stage works on these
    for i, t in enumerate(titles):
        if not t.text:
            reps.append(i)
            continue
        first = anchor.get((t.text, t.doc_id))
        if first is not None and times[i] - times[first] <= window:
            union(first, i)
            continue
        anchor[(t.text, t.doc_id)] = i
        reps.append(i)

    # 3. titles that say the same thing
    _fuzzy_merge(reps, titles, times, threshold, union, find)

    groups: dict[int, list[Headline]] = defaultdict(list)
    for i, h in enumerate(items):
        groups[find(i)].append(h)
    stories = [_story(entries, matcher) for entries in groups.values()]
    stories.sort(key=lambda s: (_ts_story(s), s.id), reverse=True)
    return stories


# -- the fuzzy stage ----------------------------------------------------------------------


def _fuzzy_merge(
    reps: list[int],
    titles: list[_Title],
    times: list[float],
    threshold: float,
    union: Callable[[int, int], None],
    find: Callable[[int], int],
) -> None:
    """Single-link merging of similar titles, with the guards also checked against the
    earliest entry of the story joined (so a chain cannot drift to a different fact).

    Candidates come from prefix filtering (as in set-similarity joins): words are ordered by
    rarity, and two titles whose word overlap reaches :data:`MIN_JACCARD` must share one of
    the rarest ``n - ceil(MIN_JACCARD * n) + 1`` words of each. Only those are indexed and
    probed, within :data:`WINDOW`, and at most about :data:`_MAX_CANDIDATES` per title.
    """
    rep_times = [times[i] for i in reps]
    df: dict[str, int] = defaultdict(int)
    for i in reps:
        for w in titles[i].words:
            df[w] += 1
    postings: dict[str, list[int]] = defaultdict(list)  # word -> positions in reps (time order)
    window = WINDOW.total_seconds()
    for pos, i in enumerate(reps):
        t = titles[i]
        n = len(t.words)
        if n == 0:
            continue
        prefix = sorted(t.words, key=lambda w: (df[w], w))[: n - math.ceil(MIN_JACCARD * n) + 1]
        lo = bisect_left(rep_times, rep_times[pos] - window)
        cap = max(_MIN_PER_KEY, _MAX_CANDIDATES // len(prefix))
        candidates: set[int] = set()
        for w in prefix:
            plist = postings.get(w)
            if plist:
                candidates.update(plist[max(bisect_left(plist, lo), len(plist) - cap) :])
        best: tuple[float, int] | None = None
        for other in sorted(candidates):
            j = reps[other]
            u = titles[j]
            inter = len(t.words & u.words)
            if inter < MIN_JACCARD * (n + len(u.words) - inter):
                continue
            score = similarity(u, t)
            if score >= threshold and (best is None or score > best[0]):
                best = (score, j)
        if best is not None:
            j = best[1]
            leader = find(j)
            if leader == j or _compatible(titles[leader], t):
                union(j, i)
        for w in prefix:
            postings[w].append(pos)


def similarity(a: _Title, b: _Title) -> float:
    """0-100: how far two normalised titles say the same thing (0 when a guard forbids)."""
    if not a.text or not b.text or not _compatible(a, b):
        return 0.0
    inter = len(a.words & b.words)
    union = len(a.words | b.words)
    if inter < MIN_JACCARD * union:
        return 0.0
    score = fuzz.token_sort_ratio(a.text, b.text)
    if min(len(a.words), len(b.words)) >= 4 and inter >= 0.5 * union:
        score = max(score, fuzz.token_set_ratio(a.text, b.text))
    return float(score)


def _compatible(a: _Title, b: _Title) -> bool:
    """Guards: titles that differ in these ways report different facts."""
    if a.doc_id is not None and b.doc_id is not None and a.doc_id != b.doc_id:
        return False
    if a.up != b.up or a.down != b.down or a.negated != b.negated:
        return False
    if a.metals != b.metals:
        return False
    if a.numbers and b.numbers and not (a.numbers <= b.numbers or b.numbers <= a.numbers):
        return False
    if a.places and b.places and not (a.places <= b.places or b.places <= a.places):
        return False
    for x, y in ANTONYMS:
        ax, ay = x in a.all_words, y in a.all_words
        bx, by = x in b.all_words, y in b.all_words
        if (ax and not ay and by and not bx) or (ay and not ax and bx and not by):
            return False
    return True


# -- normalising --------------------------------------------------------------------------


def normalise_title(title: str, outlet: str | None = None) -> str:
    """The comparable text of a title: lower-case content words (see module doc)."""
    return _normalise_text(title, outlet, None).text


def _normalise(h: Headline, matcher: MetalMatcher, doc_id: str | None = None) -> _Title:
    return _normalise_text(h.title, h.outlet, matcher, doc_id)


def _normalise_text(
    title: str, outlet: str | None, matcher: MetalMatcher | None, doc_id: str | None = None
) -> _Title:
    text = unicodedata.normalize("NFKC", title or "")
    text = _strip_outlet_suffix(text, outlet)
    text = _KICKER.sub("", text)
    label = _LABEL.match(text) if ":" in text else None
    if label is not None:
        cut = label.end()
        body_words = _words(text[cut:])
        raw = _words(text[:cut]) + body_words
    else:
        body_words = _words(text)
        raw = body_words
    all_words = frozenset(raw)
    content = [w for w in body_words if w not in STOPWORDS]
    metal_ids = set(matcher.tag(text)) if matcher is not None else set()
    places: set[str] = set()
    for k, word in enumerate(raw):
        if word in _PHRASE_STARTS:  # "central african republic", "rare earth", "south korea"
            hit = (
                _HITS.get(" ".join(raw[k : k + 3]))
                or _HITS.get(" ".join(raw[k : k + 2]))
                or _HITS.get(word)
            )
        else:
            hit = _HITS.get(word)
        if hit is not None:
            (metal_ids if hit[0] else places).add(hit[1])
    return _Title(
        text=" ".join(content),
        words=frozenset(content),
        numbers=frozenset([w for w in raw if w[:1].isdigit()]),
        metals=frozenset(metal_ids),
        places=frozenset(places),
        up=not all_words.isdisjoint(UP),
        down=not all_words.isdisjoint(DOWN),
        # a word ending in "n't" ("won't", "isn't"): words hold no spaces
        negated=not all_words.isdisjoint(NEGATIONS) or "n't " in " ".join(raw) + " ",
        all_words=all_words,
        doc_id=doc_id,
    )


def _words(text: str) -> list[str]:
    if "." in text:
        text = _ABBR_DOT.sub("", text)
    text = text.casefold().replace("’", "'")
    return [_fold(w) for w in _TOKEN.findall(text)]


@lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    """Plural and possessive folding (enough to match "tariffs" with "tariff")."""
    if word.endswith(("'s", "'")):
        word = word[:-2] if word.endswith("'s") else word[:-1]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


_METALS = {_fold_phrase(k): v for k, v in METAL_WORDS.items()}
_PLACES = {_fold_phrase(k): v for k, v in COUNTRY_WORDS.items()}
_PHRASE_STARTS = frozenset(k.split()[0] for k in (*_METALS, *_PLACES) if " " in k)
# phrase -> (is a metal, metal id or place code); a metal wins over a place of the same name
_HITS: dict[str, tuple[bool, str]] = {
    **{k: (False, v) for k, v in _PLACES.items()},
    **{k: (True, v) for k, v in _METALS.items()},
}


def _strip_outlet_suffix(title: str, outlet: str | None) -> str:
    if not outlet or not ("-" in title or "|" in title or "–" in title or "—" in title):
        return title
    match = _SUFFIX.match(title)
    if match is None:
        return title
    tail = _alnum(match.group("tail"))
    names = {_alnum(outlet)}
    host = outlet.lower().removeprefix("www.")
    if "." in host:
        names.add(_alnum(host.rsplit(".", 1)[0]))
    if tail and tail in names:
        return match.group("head")
    return title


def _alnum(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


# -- stories ------------------------------------------------------------------------------


def _story(entries: list[Headline], matcher: MetalMatcher) -> Story:
    entries.sort(key=_sort_key)
    official = [e for e in entries if e.official]
    rep = official[0] if official else entries[0]
    dated = [e for e in entries if e.published is not None and not e.date_estimated]
    if dated:
        published: datetime | None = min(e.published for e in dated if e.published is not None)
        estimated = False
    else:
        stamps = [e.published for e in entries if e.published is not None]
        published = min(stamps) if stamps else None
        estimated = published is not None
    summary = rep.summary or next((e.summary for e in entries if e.summary), "")
    text = " ".join(f"{e.title} {e.summary}" for e in entries)
    return Story(
        id=story_id(entries[0]),
        title=rep.title,
        url=rep.url,
        source=rep.source,
        published=published,
        summary=summary,
        metals=matcher.tag(text),
        entries=tuple(entries),
        official=bool(official),
        date_estimated=estimated,
        policy_event=None,
    )


def story_id(first: Headline) -> str:
    """A stable short hex id: from the canonical URL, else the normalised title."""
    basis = first.canonical_url or first.url or ("title:" + normalise_title(first.title))
    return hashlib.sha1(basis.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]


def _url_key(h: Headline) -> str | None:
    url = h.canonical_url or h.url
    if not url:
        return None
    parts = urlsplit(url)
    if parts.path in ("", "/") and not parts.query:
        return None  # a feed that links every item to its home page
    return url


def _ts(h: Headline) -> float:
    if h.published is None:
        return float("inf")
    when = h.published if h.published.tzinfo else h.published.replace(tzinfo=timezone.utc)
    return (when - _EPOCH).total_seconds()


def _sort_key(h: Headline) -> tuple[float, str, str]:
    return (_ts(h), h.source, h.canonical_url or h.url or h.title)


def _ts_story(s: Story) -> float:
    if s.published is None:
        return float("-inf")
    return (s.published - _EPOCH).total_seconds()
