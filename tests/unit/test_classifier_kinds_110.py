"""Goods named through their origin's possessive or adjective facing, hit by or escaping another's
measure, in made-up phrasings labelled before the engine read them.

The kind: a country's goods named through its possessive or demonym ("Canada's steel",
"Brazil's aluminium exports", "Chile's copper shipments to China", "Vietnamese steel") that
face a measure, are hit, slapped, capped or barred by or with it, or escape it, the imposer named
as the subject, as the agent ("by Washington"), in the lede only, or not at all (``*``). The
goods are the owner's: origin the owner, destination the imposer. Goods a leader says "will
face" a measure are the leader's threat, ``proposed`` (docs/STATUSES.md: a leader's "will"
without a start date); "to face" and a start date are decided; "could" and "may" are plans;
goods that escape a measure are released, ``resuming`` (as "Zinc escapes Canada's latest surtax
list"), while "may escape" is a measure only risked, no event. Near misses: the possessive as
the imposer ("Canada's 25% tariffs on US steel", "Indonesia's nickel ore export ban"), a firm's
possessive (a national champion's exports are its country's), trade figures, a measure risked.

First time, on the engine before the change (labels written before it ran, none corrected
after): 26 of 50 right. The imposer as the subject 3 of 8 (a possessive object after "hits" or
"caps" read as a second actor; the leader's "will face" read as decided), as the agent or before
the measure 10 of 16, escapes and access 3 of 7, the imposer in the lede or unnamed 0 of 8, near
misses 10 of 11 (the firm's exports with no origin). In every corridor miss the owner was read
as the importer (``* -> CA``) and the imposer named after the verb lost unless right after it.

Fixed by kind (``tui/engine/``): a title opening on a country's goods (a possessive, a demonym or
a plain name, optionally after a leader's "says" or "warns"), sent "to" a market or not, before
a verb of facing, harm ("hit", "slapped", "capped", "barred" ... "by" or "with") or escape reads
origin the owner and destination the first other place after the verb in its clause, else the
goods' market, else the one who tells it; with none, ``*``, which a lede naming the importer
fills (``classifier_held_goods.py``); a possessive object of a hitting, capping or curbing verb
is the goods' owner, and a preposition ends the goods' phrase ("caps Indonesia's steel shipments
under safeguard quota", ``classifier_noun_phrases.py``); goods a leader says "will face" a
measure, before or after the headline, are a plan (``classifier_leader_tail.py``); a title
opening on a national champion's exports facing an import measure names their origin by the
firm's country (``classifier_champions.py``).

After: 47 of 50. Still wrong (``xfail``, strict, each with its reason): the leader's warning the
learned gate vetoes, and Russian nickel's "access" to the LME cut off or restored. A second
batch of 13 (``FRESH``), fresh phrasings with near misses written after the changes and labelled
before the engine read them: 12 of 13 right the first time ("faces Canadian countermeasures":
the countermeasures veto, left ``xfail``). Event gate retrained after each change: threshold
0.100 unmoved; ``benchmarks/row_changes.py main``: 0 rows lost.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).

Since kinds 129 (the gate's features read a warning that goods face a measure as no request)
"Trump warns Japan's steel will face higher tariffs" reads; its strict ``xfail`` is gone.
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []

SA = "steel aluminium"
_ACCESS = (
    "goods' 'access' to an exchange cut off or restored: 'access' is no measure's noun and "
    "'cut off' or 'restored' after it no act the rules read"
)
_COUNTER = (
    "'countermeasures' with no instrument and no act verb is vetoed as talk; facing them is "
    "not read as their act"
)

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
    pytest.param(
        "Russian nickel's access to LME cut off",
        "",
        ("suspended", "RU", "*", False, "nickel", None),
        marks=pytest.mark.xfail(strict=True, reason=_ACCESS),
    ),
    pytest.param(
        "Russian nickel's access to LME restored",
        "",
        ("resuming", "RU", "*", False, "nickel", None),
        marks=pytest.mark.xfail(strict=True, reason=_ACCESS),
    ),
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
    pytest.param(
        "US steel faces Canadian countermeasures",
        "",
        ("tariff", "US", "CA", False, "steel", None),
        marks=pytest.mark.xfail(strict=True, reason=_COUNTER),
    ),
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


@headline_cases(IMPOSER_SUBJECT)
def test_the_imposer_as_the_subject(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(IMPOSER_AGENT)
def test_the_imposer_as_agent_or_before_the_measure(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(ESCAPES)
def test_goods_escaping_or_losing_access(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(IMPOSER_ELSEWHERE)
def test_the_imposer_in_the_summary_or_unnamed(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(NEAR_MISSES)
def test_near_misses_stay(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(FRESH)
def test_the_kind_in_fresh_words(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)
