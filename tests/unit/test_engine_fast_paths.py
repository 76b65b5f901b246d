"""The engine's fast paths give exactly what the plain computation gives.

The clustering and classifying engine avoids work in several places (tokens built without a
Python call each, metal spans and places found only when a rule asks, trigger words found by
one set operation, plain links parsed without ``urlsplit``, one-headline stories built
directly, candidates naming other metals passed over). Each test here runs the plain form
(written out in the test) next to the fast one over real headlines, the labelled sets and
awkward strings, and asserts the same answer. ``benchmarks/ab_cluster.py`` checks the whole
engine against an older tree the same way.
"""

from __future__ import annotations

import json
import random
import re
from datetime import datetime, timedelta, timezone
from itertools import combinations
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import tomllib

from tui.core.gazetteer import Gazetteer
from tui.core.models import Headline, Metal
from tui.engine import classifier_rules as R
from tui.engine import cluster
from tui.engine.classifier_market_ledes import names_its_cause, read_cause
from tui.engine.classifier_read import _rule_words
from tui.engine.classifier_spans import first_overlaps, metal_spans, sentences
from tui.engine.classifier_text import Text, base_word
from tui.engine.classifier_words import tokenize
from tui.engine.tagging import matcher_for
from tui.engine.titles import similarity, title_form, title_text

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "tests" / "data" / "real_headlines" / "real_headlines.jsonl"
LABELLED = sorted((ROOT / "tests" / "unit" / "data").glob("labelled_headlines*.toml"))
WATCH = (
    Metal("copper", "Copper"),
    Metal("aluminium", "Aluminium", ("aluminium", "aluminum")),
    Metal("lead", "Lead"),
    Metal("tin", "Tin"),
    Metal("rare-earths", "Rare earths", ("rare earth", "rare earth elements", "REE")),
    Metal("gallium", "Gallium"),
    Metal("steel", "Steel"),
    Metal("iron-ore", "Iron ore", ("iron ore",)),
    Metal("ni", "Nickel", ("níquel", "nickel")),
)
AWKWARD = [
    "",
    "   ",
    "İSTANBUL ſilver K tin’s ‘curbs’ — U.S. cuts off Ga-Ge exports; rolls back 25% duty",
    "China's ban on gallium, germanium: the U.S.-China row — what next?",
    "Indonesia to cut off nickel ore exports – sources | Reuters",
    "Σίδηρος ΣΑΣ İı ǅ ß ﬁ “quotes” don’t won't can’t 1,000.5 x2 ³",
    "export-ban anti-dumping tariff-rate quota roll back phase out cut off",
]


def _texts() -> list[str]:
    out = list(AWKWARD)
    for line in REAL.read_text("utf-8").splitlines():
        item = json.loads(line)
        out += [item["title"], item["summary"], *sentences(item["summary"])]
    for path in LABELLED:
        for row in tomllib.loads(path.read_text("utf-8"))["row"]:
            out += [row["title"], row.get("summary", "")]
    return out


TEXTS = _texts()


# -- tokens ---------------------------------------------------------------------------------


def _plain_tokens(text: str) -> list[tuple[str, str, int, int]]:
    """The tokenizer as first written: the text lower-cased as a whole, one token at a time."""
    lowered = text.lower().replace("’", "'")
    if len(lowered) != len(text):
        lowered = "".join(c.lower()[:1] or c for c in text).replace("’", "'")
    pattern = re.compile(r"[A-Za-z0-9]+(?:['’.\-][A-Za-z0-9]+)*|%|[;:—–|,]")
    toks = [(lowered[s:e], text[s:e], s, e) for s, e in (m.span() for m in pattern.finditer(text))]
    out: list[tuple[str, str, int, int]] = []
    i = 0
    while i < len(toks):
        if i + 1 < len(toks) and (toks[i][0], toks[i + 1][0]) in R.MULTI_WORDS:
            a, b = toks[i], toks[i + 1]
            out.append((R.MULTI_WORDS[(a[0], b[0])], a[1] + " " + b[1], a[2], b[3]))
            i += 2
            continue
        out.append(toks[i])
        i += 1
    return out


def test_tokens_are_those_of_the_plain_tokenizer() -> None:
    for text in TEXTS:
        toks = tokenize(text)
        assert [(t.low, t.text, t.start, t.end) for t in toks] == _plain_tokens(text), text


def test_text_keeps_the_lower_forms_of_its_tokens() -> None:
    matcher, gaz = matcher_for(WATCH), Gazetteer.default()
    for text in TEXTS:
        t = Text(text, matcher, gaz)
        assert t.lows == [tok.low for tok in t.toks], text


# -- what a text holds, found when first asked ------------------------------------------------


def test_text_fields_found_on_demand_are_those_found_at_once() -> None:
    matcher, gaz = matcher_for(WATCH), Gazetteer.default()
    for text in TEXTS:
        t = Text(text, matcher, gaz)
        spans = metal_spans(text, matcher)
        places = gaz.find(text)
        is_metal = [False] * len(t.toks)
        for ti, _ in first_overlaps(t.toks, spans):
            is_metal[ti] = True
        place_at: list[int | None] = [None] * len(t.toks)
        for ti, j in first_overlaps(t.toks, places):
            place_at[ti] = j
        # asked in the other order than they were once computed in
        assert t.place_at == place_at, text
        assert t.is_metal == is_metal, text
        assert t.metal_spans == spans, text
        assert t.places == places, text


def test_rule_words_are_the_words_the_plain_loop_visits() -> None:
    matcher, gaz = matcher_for(WATCH), Gazetteer.default()
    for text in TEXTS:
        t = Text(text, matcher, gaz)
        plain = [
            i
            for i, tok in enumerate(t.toks)
            if base_word(tok.low) in R.TRIGGER_WORDS or "-" in tok.low
        ]
        assert _rule_words(t) == plain, text


def _plain_has_trigger(text: str) -> bool:
    """The pre-check as first written: every run of letters and digits of the lowered text."""
    return not R.TRIGGER_WORDS.isdisjoint(re.findall(r"[a-z0-9]+", text.lower()))


TRIGGER_CASES = [
    "Anti-dumping duties on Chinese aluminium",  # the trigger word only inside a compound
    "U.S.-tariffs row deepens",  # after a dot and a hyphen
    "Beijing's export-ban: what's next",  # an apostrophe, a hyphen, a mark
    "Jakarta to cut off nickel ore shipments",  # a two-word verb joined in the tokens
    "Ottawa rolls back steel levy, 25% surtax",
    "Copper rallies; zinc flat | Reuters",  # no trigger word at all, only marks
    "KORE Ban on ore — Zürich",  # a Kelvin sign, outside ASCII
    "İNDONESIA BANS BAUXİTE EXPORTS",  # dotted capitals lower to "i" and a combining dot
    "tariffs",
    "-ban- .quota. 'levy'",
]


def test_the_trigger_pre_check_from_the_tokens_is_the_plain_one() -> None:
    matcher, gaz = matcher_for(WATCH), Gazetteer.default()
    rnd = random.Random(11)
    pieces = [
        "ban",
        "Ban",
        "tariff",
        "s",
        "x",
        "-",
        ".",
        "'",
        "’",
        " ",
        ",",
        "%",
        "cut",
        "off",
        "K",
        "é",
    ]
    made = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 9))) for _ in range(3000)]
    for text in TEXTS + TRIGGER_CASES + made:
        assert Text(text, matcher, gaz).words.has_trigger(text) == _plain_has_trigger(text), text
    # the marks a token can be are no trigger words (the fast check counts them as runs)
    assert R.TRIGGER_WORDS.isdisjoint(["%", ";", ":", "—", "–", "|", ",", ""])


MARKET_TITLES = [
    "Copper slides after Beijing curbs cobalt exports",
    "Zinc edges lower as traders digest Ottawa surtax",
    "Nickel jumps on Jakarta ore export ban",
    "Aluminium falls on Monday amid tariff fears",
    "Steel shares surge following Washington tariff hike",
    "Tin rallies despite Myanmar mine restart",
    "Lead steady on thin volume",
    "Gold prices rise",
]


def test_a_market_title_names_its_cause_as_the_full_reading_says() -> None:
    matcher, gaz = matcher_for(WATCH), Gazetteer.default()
    for text in TEXTS + MARKET_TITLES:
        t = Text(text, matcher, gaz)
        want = read_cause(Text(text, matcher, gaz))
        assert names_its_cause(t) == want, text
        assert names_its_cause(t) == want, text  # asked again, answered from the text's memo
    assert any(names_its_cause(Text(x, matcher, gaz)) for x in MARKET_TITLES)


# -- clustering -------------------------------------------------------------------------------


def _plain_url_key(url: str) -> str | None:
    parts = urlsplit(url)
    return None if parts.path in ("", "/") and not parts.query else url


def test_plain_links_are_read_as_urlsplit_reads_them() -> None:
    rnd = random.Random(7)
    alphabet = [*"ab/?#:@[]. \t\n\r%-_~é=&", "/", "?", "#"]
    urls = [
        "https://www.reuters.com/markets/commodities/copper-2026-06-01/",
        "https://example.org/",
        "https://example.org",
        "https://example.org/?",
        "https://example.org/?id=3",
        "https://example.org#top",
        "https://example.org/#x?y",
        "http://[::1]/a",
        "http://[::1/a",
        "HTTPS://Example.org/a",
        " https://example.org/a",
        "https://example.org/\n",
        "https://exämple.org/a",
    ]
    for _ in range(20000):
        scheme = rnd.choice(["http://", "https://", "HTTP://", "http:/", "ftp://", " http://"])
        urls.append(scheme + "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 10))))
    for url in urls:
        h = Headline("t", url, "s", None)
        try:
            want = _plain_url_key(url)
        except ValueError:
            with pytest.raises(ValueError):
                cluster._url_key(h)
            continue
        assert cluster._url_key(h) == want, url


def _plain_story(entries: list[Headline], metals: tuple[str, ...]) -> tuple[object, ...]:
    """What the general path makes of a story: (rep, published, estimated, summary, official)."""
    official = [e for e in entries if e.official]
    rep = official[0] if official else entries[0]
    dated = [e for e in entries if e.published is not None and not e.date_estimated]
    published: datetime | None
    if dated:
        published = min(e.published for e in dated if e.published is not None)
        estimated = False
    else:
        stamps = [e.published for e in entries if e.published is not None]
        published = min(stamps) if stamps else None
        estimated = published is not None
    summary = rep.summary or next((e.summary for e in entries if e.summary), "")
    return rep.url, published, estimated, summary, bool(official), metals, bool(metals)


def test_a_one_headline_story_is_the_general_story_of_one() -> None:
    when = datetime(2026, 6, 1, tzinfo=timezone.utc)
    for published in (None, when):
        for estimated in (False, True):
            for official in (False, True):
                for summary in ("", "A summary."):
                    for metals in ((), ("tin",)):
                        h = Headline(
                            "Tin - Reuters",
                            "https://a.example.org/1",
                            "s",
                            published,
                            summary,
                            outlet="Reuters",
                            official=official,
                            date_estimated=estimated,
                        )
                        s = cluster._story([h], metals)
                        got = (
                            s.url,
                            s.published,
                            s.date_estimated,
                            s.summary,
                            s.official,
                            s.metals,
                            s.relevant,
                        )
                        assert got == _plain_story([h], metals)
                        assert s.title == "Tin"


def test_titles_naming_other_metals_are_never_similar() -> None:
    """The fuzzy stage passes over a candidate naming other metals before comparing words:
    it could only score 0 (the guards in ``compatible``)."""
    matcher = matcher_for(WATCH)
    forms = []
    for text in TEXTS[:400]:
        if text:
            shown = title_text(text, None)
            forms.append(title_form(shown, matcher.tag(shown)))
    checked = 0
    for a, b in combinations(forms, 2):
        if a.metals != b.metals:
            assert similarity(a, b) == 0.0
            checked += 1
    assert checked > 1000


def test_clustering_real_headlines_is_unchanged_by_the_order_given() -> None:
    """Sort keys are computed once and groups come out sorted: the stories do not depend on
    the order the headlines arrive in."""
    start = datetime(2026, 6, 1, tzinfo=timezone.utc)
    items = []
    for k, line in enumerate(REAL.read_text("utf-8").splitlines()):
        item = json.loads(line)
        for copy in range(2):  # the same story from a second outlet an hour later
            items.append(
                Headline(
                    item["title"],
                    f"https://{copy}.example.org/{item['id']}",
                    f"source-{copy}",
                    start + timedelta(hours=k // 3 + copy),
                    item["summary"] if copy == 0 else "",
                    outlet=f"Outlet {copy}",
                )
            )
    forward = cluster.build_stories(items, WATCH)
    backward = cluster.build_stories(list(reversed(items)), WATCH)
    assert forward == backward
    assert len(forward) < len(items)
    assert all(len(s.entries) >= 2 for s in forward)  # each with its copy at least
