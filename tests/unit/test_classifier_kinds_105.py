"""Four kinds, in made-up phrasings labelled before the engine read them.

1. **An importer or exporter named only through its firms**: FIRST1
2. **A tariff threat or risk in a market title**: FIRST2
3. **A trade deal's sides**: FIRST3
4. **A market title with no lede, and market titles the learned gate vetoes**: FIRST4

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import Want, case_ids, check_kind

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


@pytest.mark.parametrize(("title", "summary", "want"), FIRMS, ids=case_ids(FIRMS))
def test_a_side_named_only_through_its_firms(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), THREATS, ids=case_ids(THREATS))
def test_a_tariff_threat_in_a_market_title(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), DEALS, ids=case_ids(DEALS))
def test_a_deals_sides(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), MARKETS, ids=case_ids(MARKETS))
def test_a_market_title_on_a_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
