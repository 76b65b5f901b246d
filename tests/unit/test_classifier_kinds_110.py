"""Goods named through their origin's possessive or adjective facing, hit by or escaping another's
measure, in made-up phrasings labelled before the engine read them.

DOCSTRING_PLACEHOLDER

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import case_ids
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []

SA = "steel aluminium"

#: (title, summary, want): the imposer named as the subject of the act.
IMPOSER_SUBJECT: list[Any] = [
    ("US slaps 50% tariffs on Canada's steel", "", ("tariff", "CA", "US", False, "steel", 50)),
    (
        "EU imposes anti-dumping duties on China's aluminium foil exports",
        "",
        ("tariff", "CN", "EU", False, "aluminium", None),
    ),
    (
        "China hits Australia's lithium exports with 15% levy",
        "",
        ("tariff", "AU", "CN", False, "lithium", 15),
    ),
    ("Washington bans Russia's aluminium", "", ("suspended", "RU", "US", False, "aluminium", None)),
    (
        "India caps Indonesia's steel shipments under safeguard quota",
        "",
        ("quota", "ID", "IN", False, "steel", None),
    ),
    (
        "Trump says Canada's steel and aluminum will face 50% tariffs",
        "",
        ("tariff", "CA", "US", True, SA, 50),
    ),
    (
        "Mexico's steel will face new tariffs, Trump says",
        "",
        ("tariff", "MX", "US", True, "steel", None),
    ),
    (
        "Trump warns Japan's steel will face higher tariffs",
        "",
        ("tariff", "JP", "US", True, "steel", None),
    ),
]

#: (title, summary, want): the imposer named as the agent ("by Washington") or in a possessive
#: or adjective before the measure.
IMPOSER_AGENT: list[Any] = [
    (
        "Brazil's aluminium exports hit by 25% tariffs imposed by Washington",
        "",
        ("tariff", "BR", "US", False, "aluminium", 25),
    ),
    (
        "Chile's copper shipments to China hit with new duties by Beijing",
        "",
        ("tariff", "CL", "CN", False, "copper", None),
    ),
    (
        "Vietnam's steel slapped with anti-dumping duties by Australia",
        "",
        ("tariff", "VN", "AU", False, "steel", None),
    ),
    (
        "South Africa's steel exports capped by EU safeguard quota",
        "",
        ("quota", "ZA", "EU", False, "steel", None),
    ),
    (
        "Peru's zinc concentrate exports barred by China",
        "",
        ("suspended", "PE", "CN", False, "zinc", None),
    ),
    (
        "Canada's steel and aluminium to face 50% US tariffs",
        "",
        ("tariff", "CA", "US", False, SA, 50),
    ),
    ("India's steel to face EU safeguard quota", "", ("quota", "IN", "EU", False, "steel", None)),
    (
        "Australian lithium hit by Chinese import duty",
        "",
        ("tariff", "AU", "CN", False, "lithium", None),
    ),
    (
        "Indonesia's stainless steel faces EU anti-dumping duties",
        "",
        ("tariff", "ID", "EU", False, "steel", None),
    ),
    (
        "Mexico's steel pipe exports face 25% Canadian surtax",
        "",
        ("tariff", "MX", "CA", False, "steel", 25),
    ),
    (
        "Brazil's aluminium exports face 50% American tariff",
        "",
        ("tariff", "BR", "US", False, "aluminium", 50),
    ),
    (
        "Chile's copper shipments to China face new import levy",
        "",
        ("tariff", "CL", "CN", False, "copper", None),
    ),
    (
        "Russia's palladium hit by UK import ban",
        "",
        ("suspended", "RU", "GB", False, "palladium", None),
    ),
    (
        "Turkey's steel exports will face EU safeguard quota from July 1",
        "",
        ("quota", "TR", "EU", False, "steel", None),
    ),
    ("Chinese steel could face EU quotas", "", ("quota", "CN", "EU", True, "steel", None)),
    ("India's aluminium may face US tariffs", "", ("tariff", "IN", "US", True, "aluminium", None)),
]

#: (title, summary, want): goods escaping or released from another's measure, and access lost
#: or restored.
ESCAPES: list[Any] = [
    ("Vietnamese steel escapes US duties", "", ("resuming", "VN", "US", False, "steel", None)),
    (
        "Korea's steel escapes Trump's 50% tariff",
        "",
        ("resuming", "KR", "US", False, "steel", None),
    ),
    (
        "Japan's aluminium escapes new EU quotas",
        "",
        ("resuming", "JP", "EU", False, "aluminium", None),
    ),
    (
        "Australia's copper exempted from Washington's tariffs",
        "",
        ("resuming", "AU", "US", False, "copper", None),
    ),
    ("Russian nickel's access to LME cut off", "", ("suspended", "RU", "*", False, "nickel", None)),
    ("Russian nickel's access to LME restored", "", ("resuming", "RU", "*", False, "nickel", None)),
    (
        "South Africa's platinum escapes import tariffs",
        "",
        ("resuming", "ZA", "*", False, "platinum", None),
    ),
]

#: (title, summary, want): the imposer named in the summary only, or not at all (``*``).
IMPOSER_ELSEWHERE: list[Any] = [
    (
        "Canada's steel faces 25% tariff",
        "Washington will apply the duty on Canadian steel from March 12.",
        ("tariff", "CA", "US", False, "steel", 25),
    ),
    (
        "Brazil's aluminium hit by new duties",
        "The European Commission imposed provisional anti-dumping duties on aluminium from Brazil "
        "on Tuesday.",
        ("tariff", "BR", "EU", False, "aluminium", None),
    ),
    (
        "Vietnam's steel escapes duties",
        "The United States exempted Vietnamese steel from the duties on Friday.",
        ("resuming", "VN", "US", False, "steel", None),
    ),
    (
        "Chile's copper faces new import tax",
        "China said on Monday it will levy a 5% import tax on copper cathodes from Chile from "
        "June 1.",
        ("tariff", "CL", "CN", False, "copper", 5),
    ),
    ("Canada's steel faces 25% tariff", "", ("tariff", "CA", "*", False, "steel", 25)),
    (
        "Kazakhstan's zinc exports hit by new import duty",
        "",
        ("tariff", "KZ", "*", False, "zinc", None),
    ),
    (
        "Peru's silver shipments face import ban",
        "",
        ("suspended", "PE", "*", False, "silver", None),
    ),
    ("Congo's cobalt to face import quotas", "", ("quota", "CD", "*", False, "cobalt", None)),
]

#: (title, summary, want): near misses that must not change: the possessive as the imposer, a
#: firm's possessive, trade figures, a measure only risked.
NEAR_MISSES: list[Any] = [
    (
        "Canada's 25% tariffs on US steel take effect",
        "",
        ("tariff", "US", "CA", False, "steel", 25),
    ),
    (
        "China's export ban on gallium to the US takes effect",
        "",
        ("suspended", "CN", "US", False, "gallium", None),
    ),
    (
        "Indonesia's nickel ore export ban extended",
        "",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    (
        "Tata Steel's exports to Europe face EU safeguard quota",
        "",
        ("quota", "IN", "EU", False, "steel", None),
    ),
    ("India's import duty on gold cut to 6%", "", ("resuming", "*", "IN", False, "gold", None)),
    (
        "Canada's surtax on China's steel takes effect",
        "",
        ("tariff", "CN", "CA", False, "steel", None),
    ),
    ("China's steel exports surge despite tariffs", "", None),
    ("Australia's lithium miners hit by price slump", "", None),
    ("Vietnamese steel may escape US duties", "", None),
    ("Korea's steel exports to US fall 20% under tariffs", "", None),
    ("Mexico's steel faces uncertain outlook, analysts say", "", None),
]

#: (title, summary, want): a second batch, fresh phrasings of the kind with near misses, written
#: after the changes and labelled before the engine read them.
FRESH: list[Any] = [
    (
        "Philippine nickel ore escapes Chinese import curbs",
        "",
        ("resuming", "PH", "CN", False, "nickel", None),
    ),
    ("Kazakh zinc exports barred by Russia", "", ("suspended", "KZ", "RU", False, "zinc", None)),
    (
        "Argentina's lithium to face 5% import tax in India",
        "",
        ("tariff", "AR", "IN", False, "lithium", 5),
    ),
    (
        "Thai aluminium hit with anti-dumping duties by Washington",
        "",
        ("tariff", "TH", "US", False, "aluminium", None),
    ),
    (
        "Brazil's steel escapes Mexico's new tariff hike",
        "",
        ("resuming", "BR", "MX", False, "steel", None),
    ),
    (
        "Korean steel could face US quota, minister says",
        "",
        ("quota", "KR", "US", True, "steel", None),
    ),
    (
        "Trump says Brazil's aluminium will face 40% tariff from August 1",
        "",
        ("tariff", "BR", "US", False, "aluminium", 40),
    ),
    ("US steel faces Canadian countermeasures", "", ("tariff", "US", "CA", False, "steel", None)),
    (
        "Peru's silver exports to US escape tariff hike",
        "",
        ("resuming", "PE", "US", False, "silver", None),
    ),
    ("Australia's lithium exports to China rise 30%", "", None),
    ("China's steel faces weak demand at home", "", None),
    ("EU's steel safeguard faces WTO challenge", "", None),
    ("Japan's aluminium faces uncertainty over US tariffs", "", None),
]


@pytest.mark.parametrize(
    ("title", "summary", "want"), IMPOSER_SUBJECT, ids=case_ids(IMPOSER_SUBJECT)
)
def test_the_imposer_as_the_subject(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), IMPOSER_AGENT, ids=case_ids(IMPOSER_AGENT))
def test_the_imposer_as_agent_or_before_the_measure(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), ESCAPES, ids=case_ids(ESCAPES))
def test_goods_escaping_or_losing_access(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "want"), IMPOSER_ELSEWHERE, ids=case_ids(IMPOSER_ELSEWHERE)
)
def test_the_imposer_in_the_summary_or_unnamed(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), NEAR_MISSES, ids=case_ids(NEAR_MISSES))
def test_near_misses_stay(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), FRESH, ids=case_ids(FRESH))
def test_the_kind_in_fresh_words(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
