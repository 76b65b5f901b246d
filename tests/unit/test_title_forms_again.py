"""The clustering's title forms made the quick way are the ones made the long way.

- ``Forms.title`` makes a title's whole form again from the parts the first reading kept (its
  words, metals and guards: numbers, places, direction, negation, undoing, tentative, antonym
  words) instead of reading the title once more: the same :class:`Title` as ``title_form``.
- ``titles._words`` reads an ASCII title with an ASCII token pattern: the same words as the
  general pattern on the case-folded text.

Checked on every studied labelled headline, the Reuters fixture and made-up titles written to
reach each guard (numbers, places, "sources say", kickers and labels, abbreviations with dots,
apostrophes, plural folding, upper case).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from blind_sets import SCORED_ONLY_BLIND_SETS

from tui.core.config import DEFAULT_CONFIG, parse_config, read_toml
from tui.core.models import Metal
from tui.engine import titles
from tui.engine.cluster_memo import Forms
from tui.engine.tagging import matcher_for
from tui.engine.title_words import _ABBR_DOT, _TOKEN
from tui.engine.titles import Title, title_form, title_text

TESTS = Path(__file__).resolve().parents[1]
STUDIED = sorted(
    p
    for p in (TESTS / "data").glob("real_headlines*/*.jsonl")
    if p not in {b.path for b in SCORED_ONLY_BLIND_SETS}
)

MADE_UP = [
    "China to ban gallium exports to the US from December 1, sources say",
    "EXCLUSIVE: Indonesia mulls 10% export tax on nickel pig iron",
    "U.S. imposes 25% tariffs on Canadian aluminium - Reuters",
    "Morning Bid: Copper rises 2.5% as Chile's Codelco cuts output",
    "Peru won't extend tin export curbs, minister says",
    "UPDATE 2-EU scraps plan to cap Russian steel imports",
    "Zinc prices fall to 3-month low; lead, silver steady",
    "Rare earths: Myanmar's Kachin mines halt shipments to China",
    "INDIA RAISES DUTY ON COPPER CATHODES TO 7.5 PCT",
    "Glencore's cobalt output drops 12,000 tonnes in Q1 | Mining.com",
    "Trade Day: Mexico lifts 30% duty on U.K. platinum, E.U. palladium",
    "Australia could buy 1.5 million tonnes of Iron ore from Brazil’s Vale",
    "South Korea, Japan agree to open lithium imports",
    "Section 232: Commerce opens probe into antimony, germanium imports",
    "Analysis - The gold standard of stockpiles",
]


@pytest.fixture(scope="module")
def watch() -> tuple[Metal, ...]:
    data, _text = read_toml(DEFAULT_CONFIG)
    return tuple(parse_config(dict(data), None).metals)


def _titles() -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = [(t, None) for t in MADE_UP]
    out += [(t.lower(), "Reuters") for t in MADE_UP] + [(t.upper(), None) for t in MADE_UP]
    for path in STUDIED:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                out.append((item["title"], item.get("outlet") or item.get("source")))
    feed = (TESTS / "fixtures" / "feeds" / "reuters_via_googlenews_direct.rss.xml").read_text(
        encoding="utf-8"
    )
    for chunk in feed.split("<title>")[2:]:
        out.append((chunk.split("</title>")[0], "Reuters"))
    return out


def test_the_title_made_again_is_the_one_read(watch: tuple[Metal, ...]) -> None:
    pairs = _titles()
    assert len(pairs) > 3000
    keys = list(
        dict.fromkeys(
            (t, o, f"doc-{i % 3}" if i % 7 == 0 else None) for i, (t, o) in enumerate(pairs)
        )
    )
    texts = [title_text(t, o) for t, o, _doc in keys]
    forms = Forms(keys, texts, matcher_for(watch), None)
    kinds = {"tentative": 0, "numbers": 0, "places": 0, "negated": 0, "antonyms": 0}
    for k, key in enumerate(keys):
        again = forms.title(k)
        read = title_form(texts[k], forms.tags[k], key[2])
        assert isinstance(again, Title)
        assert again == read, (key, again, read)
        kinds["tentative"] += read.tentative and bool(read.text)
        kinds["numbers"] += bool(read.numbers)
        kinds["places"] += bool(read.places)
        kinds["negated"] += read.negated
        kinds["antonyms"] += bool(read.all_words)
    # every guard is reached many times over
    assert min(kinds.values()) >= 20, kinds


def _words_general(text: str) -> list[str]:
    """``titles._words`` as it was: the general pattern on the case-folded text."""
    if "." in text:
        text = _ABBR_DOT.sub("", text)
    text = text.casefold().replace("’", "'")
    return list(map(titles._fold, _TOKEN.findall(text)))


def test_ascii_titles_give_the_general_pattern_s_words() -> None:
    seen = 0
    for title, outlet in _titles():
        text = title_text(title, outlet)
        if text.isascii():
            seen += 1
        assert titles._words(text) == _words_general(text), text
    assert seen > 3000
    # words with digits, decimals, thousands, apostrophes, dots of abbreviations, underscores
    for text in ("A_B 1,000.5 U.S. don't 3rd x2 O'Neil's e.g. 12.5pct", "ÉTAIN ’s café"):
        assert titles._words(text) == _words_general(text)
