"""Four kinds, in made-up phrasings labelled before the engine read them.

1. **An importer or exporter named only through its firms** ("Tata Steel, JSW Steel ...
   safeguard duty", "Norilsk Nickel hit by new export duty"): an import measure with no importer
   named takes the country of the national champions the title names, an export measure with
   no exporter the same (``tui/core/champions.py``, ``tui/engine/classifier_champions.py``);
   firms spread over many countries (Glencore) and a side the headline names are left as they
   are. A firm "hit by" or "facing" a measure is its object, not a company's view of it
   (``tui/engine/classifier_firm_hit.py``).
2. **A tariff threat or risk in a market title** ("COMEX copper premium widens on tariff
   risk"): as docs/STATUSES.md reads "Steelmakers climb on Trump tariff threat", a market title
   naming a measure's threat is read by its lede, ``proposed`` when the lede tells the
   government's threat on the market's metal, no event with no lede; "risk" after a measure's
   noun is now a threat as "threat" is (``tui/engine/classifier_market_ledes.py``).
3. **A trade deal's sides** ("UK says trade deal with US slashes tariffs on its steel"): whose
   tariffs a deal lowers on whose goods is not in the words when the goods name no origin
   ("India nears UK trade deal with lower whisky tariffs" is India's own cut): left ``xfail``.
4. **A market title on a measure**, with no lede or vetoed: left as it was (``xfail``).

First time, on the engine before the change (labels written before it ran): kind 1, 4 of 13
right (the four near misses but Glencore, vetoed as a company's view). Kind 2, 3 of 8 right;
four labels were put right after the first run, by docs/STATUSES.md (a market title naming its
cause only as a measure's noun or threat is read by its lede): the four lede-less titles
("Copper slips on Trump tariff threat") were labelled measures and are no event; with them, 7
of 8 right before (the "risk" title with a lede wrong). A second batch of 6, the same titles
with a lede telling the threat and two near misses, written after the first run: 4 of 6 right
before (the two "risk" titles). Kind 3, 4 of 6 right (the partner read as the exporter in the
other two). Kind 4, 3 of 6 right (a pledge's market title the gate passes, the two near
misses). After the changes: kind 1, 9 of 13 (four left ``xfail``: three market titles with the
measure only as a noun or an unnamed government's act, a firm's "to pay" read as its view);
kind 2, 14 of 14; kinds 3 and 4 as before. Event gate retrained: threshold 0.100 unmoved;
``benchmarks/row_changes.py main``: 0 rows lost, 2 gained.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import Want, check_kind, headline_cases

CASES: list[Any] = []

#: (title, summary, want): kind 1, a side named only through its national champions.
FIRMS: list[Any] = [
    pytest.param(
        "Tata Steel, JSW Steel shares rise on proposed safeguard duty",
        "",
        ("tariff", "*", "IN", True),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a market title on a measure named only by its noun, no lede: market news",
        ),
    ),
    pytest.param(
        "SAIL and JSW Steel rally as government imposes safeguard duty on steel imports",
        "",
        ("tariff", "*", "IN", False),
        marks=pytest.mark.xfail(
            strict=True, reason="a market move's cause told by an unnamed government: market news"
        ),
    ),
    (
        "POSCO, Hyundai Steel gain after anti-dumping duty on Chinese steel plate",
        "",
        ("tariff", "CN", "KR", False),
    ),
    ("Norilsk Nickel hit by new export duty on nickel", "", ("tariff", "RU", "*", False)),
    ("Rusal faces aluminium export duty from January", "", ("tariff", "RU", "*", False)),
    pytest.param(
        "Antam shares slide after nickel ore export ban takes effect",
        "",
        ("suspended", "ID", "*", False),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a market title on a measure named only by its noun, no lede: market news",
        ),
    ),
    pytest.param(
        "Codelco to pay higher copper export tax under new law",
        "The state miner will pay a 5% levy on copper shipments from January.",
        ("tariff", "CL", "*", False),
        marks=pytest.mark.xfail(
            strict=True, reason="the firm's own act ('to pay') before the measure: read as its view"
        ),
    ),
    (
        "Nippon Steel, JFE shares up as anti-dumping duties on steel imports confirmed",
        "",
        ("tariff", "*", "JP", False),
    ),
    # near misses: a firm tied to no one country, a side the headline names, other news
    ("Glencore hit by new export duty on copper", "", ("tariff", "*", "*", False)),
    ("POSCO shares fall as US doubles steel tariffs", "", ("tariff", "*", "US", False)),
    ("Tata Steel gains as EU extends steel safeguard quotas", "", ("quota", "*", "EU", False)),
    ("JSW Steel output rises 10% in May", "", None),
    ("Nippon Steel completes purchase of US Steel", "", None),
]

#: (title, summary, want): kind 2, a government's tariff threat or risk moving a market.
THREATS: list[Any] = [
    # four labels put right after the first run (see the docstring): a market title with no
    # lede names the threat's cause only by its noun, market news as docs/STATUSES.md reads it
    ("Copper slips on Trump tariff threat", "", None),
    ("Aluminium premiums jump on US tariff risk", "", None),
    ("Gold steadies as Trump tariff threat looms", "", None),
    (
        "COMEX copper premium widens on tariff risk",
        "The premium rose after President Donald Trump threatened to impose tariffs on copper"
        " imports.",
        ("tariff", "*", "US", True),
    ),
    ("LME nickel climbs on Indonesian export ban threat", "", None),
    (
        "Steel shares climb on tariff threat",
        "Shares rose after Trump threatened 25% tariffs on steel imports.",
        ("tariff", "*", "US", True),
    ),
    # near misses: a threat that fades, a risk only weighed by analysts
    ("Copper rises as Trump tariff threat recedes", "", None),
    ("Copper slips as tariff worries ease", "", None),
    # second batch, written after the first run: the same titles with a lede telling the threat
    (
        "Aluminium premiums jump on US tariff risk",
        "Premiums rose after President Trump threatened a 25% tariff on aluminium imports.",
        ("tariff", "*", "US", True),
    ),
    (
        "LME nickel climbs on export ban threat",
        "Nickel rose after Indonesia threatened to ban exports of nickel ore.",
        ("suspended", "ID", "*", True),
    ),
    (
        "Copper slips on tariff risks",
        "Copper fell after the White House said it could impose tariffs on copper imports within"
        " weeks.",
        ("tariff", "*", "US", True),
    ),
    (
        "Gold steadies as tariff threat looms",
        "Gold held steady after Trump threatened tariffs on imported gold bars.",
        ("tariff", "*", "US", True),
    ),
    # near misses: a risk that is no measure's, a risk that fades
    (
        "Copper slips on recession risk",
        "Copper fell as weak US data stoked fears of a recession.",
        None,
    ),
    (
        "Copper premium narrows as tariff risk fades",
        "The premium narrowed as traders bet the US would not tax copper imports.",
        None,
    ),
]

_DEAL = "a deal's partner read as the exporter when the goods name no origin"

#: (title, summary, want): kind 3, whose tariffs a deal lowers on whose goods.
DEALS: list[Any] = [
    pytest.param(
        "UK says trade deal with US slashes tariffs on its steel",
        "",
        ("resuming", "GB", "US", False),
        marks=pytest.mark.xfail(strict=True, reason=_DEAL),
    ),
    (
        "Japan clinches deal with US lowering tariffs on Japanese steel",
        "",
        ("resuming", "JP", "US", False),
    ),
    pytest.param(
        "Australia nears US trade pact with lower tariff quotas for its aluminium",
        "",
        ("quota", "AU", "US", True),
        marks=pytest.mark.xfail(strict=True, reason=_DEAL),
    ),
    (
        "Korea says trade deal cuts US tariffs on Korean steel",
        "",
        ("resuming", "KR", "US", False),
    ),
    # near misses: relief only discussed, a deal's own tariff cut on the partner's goods named
    ("Japan, US discuss steel tariff relief", "", None),
    ("India cuts tariffs on US aluminium under trade deal", "", ("resuming", "US", "IN", False)),
]

#: (title, summary, want): kind 4, a market title on a measure.
MARKETS: list[Any] = [
    pytest.param(
        "Iron ore futures hit by tariffs on Chinese steel",
        "",
        ("tariff", "CN", "*", False),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a market title on a measure named only by its noun, no lede: market news (a real row labels it an event)",
        ),
    ),
    pytest.param(
        "Copper futures hit by US tariffs on Chilean copper",
        "",
        ("tariff", "CL", "US", False),
        marks=pytest.mark.xfail(
            strict=True,
            reason="a market title on a measure named only by its noun, no lede: market news",
        ),
    ),
    (
        "Aluminium stocks surge as Trump pledges more tariffs",
        "Aluminium stocks surged after Trump promised to impose 25% tariffs on imports of"
        " aluminium.",
        ("tariff", "*", "US", True),
    ),
    pytest.param(
        "Shares of Chinese steelmakers slide as Trump's fresh tariffs add uncertainty",
        "Shares slid as fresh tariffs stoked concerns. Trump raised tariffs on steel imports to"
        " 25% on Monday.",
        ("tariff", "*", "US", False),
        marks=pytest.mark.xfail(
            strict=True,
            reason="what the tariffs 'add' read as their effect foretold; the lede's second sentence tells the act",
        ),
    ),
    # near misses: market news naming no measure
    ("Iron ore futures hit by weak Chinese steel demand", "", None),
    ("Copper futures slide as Chinese demand cools", "", None),
]


@headline_cases(FIRMS)
def test_a_side_named_only_through_its_firms(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(THREATS)
def test_a_tariff_threat_in_a_market_title(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(DEALS)
def test_a_deals_sides(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(MARKETS)
def test_a_market_title_on_a_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
