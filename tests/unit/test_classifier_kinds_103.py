"""Kinds of missed measures and wrong fields (session 34), in made-up phrasings labelled before
the engine read them, checked on every field the exact score counts (``kinds_exact``).

1. **Imports cut by a share or capped in volume by a government**: a quota on the acting
   government's imports.
2. **An export measure aimed at the country it retaliates against**: its destination.
3. **A minister's or a ministry's own "will" in the lede of "X to ..."**: decided.
4. **A pledge of no measure** under a pact or a deal: the flow is ``open``.
5. **A market moved by a government's threat on its own metal, or by a measure named with its
   goods**: the measure.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import case_ids
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []

#: (title, summary, want): kind 1, imports cut by a share or capped in volume.
IMPORT_CUTS: list[Any] = [
    (
        "Brussels proposes to cut aluminium imports by 20% to shield smelters",
        "",
        ("quota", "*", "EU", True, "aluminium", None),
    ),
    (
        "Mexico to reduce steel imports from Asia by a third, economy ministry says",
        "",
        ("quota", "*", "MX", False, "steel", None),
    ),
    ("India caps copper imports at 2023 levels", "", ("quota", "*", "IN", False, "copper", None)),
    (
        "Vietnam's trade ministry proposes slashing steel imports by 10% next year",
        "",
        ("quota", "*", "VN", True, "steel", None),
    ),
    (
        "Ottawa plans to limit Chinese steel imports to 2024 volumes",
        "",
        ("quota", "CN", "CA", True, "steel", None),
    ),
    (
        "South Africa moves to curb aluminium imports",
        "PRETORIA, June 3 - South Africa's trade ministry proposed on Tuesday to reduce aluminium "
        "imports by 25% through a volume quota from next year.",
        ("quota", "*", "ZA", True, "aluminium", None),
    ),
    (
        "Turkey slashes zinc imports by 30% under new volume limits",
        "",
        ("quota", "*", "TR", False, "zinc", None),
    ),
    # near misses: trade figures and a firm's own purchases stay no event; a duty cut stays one
    ("China's steel imports slump 15% in May", "", None),
    ("US copper imports fall 20% after tariffs take hold", "", None),
    ("Japanese smelters cut copper concentrate imports by 10%", "", None),
    ("EU steel imports jump 15% despite safeguard quotas", "", None),
    ("India cuts steel import duty to 5%", "", ("resuming", "*", "IN", False, "steel", None)),
]

#: (title, summary, want): kind 2, an export measure aimed at the country it retaliates against.
RETALIATION_TARGETS: list[Any] = [
    (
        "Canada adds export levy on aluminium to countermeasures against US",
        "",
        ("tariff", "CA", "US", False, "aluminium", None),
    ),
    (
        "EU readies export duties on steel scrap in countermeasures against Washington",
        "",
        ("tariff", "EU", "US", True, "steel", None),
    ),
    (
        "India proposes export tax on aluminium scrap in retaliation against US tariffs",
        "",
        ("tariff", "IN", "US", True, "aluminium", None),
    ),
    (
        "Russia bans nickel exports in retaliation against EU sanctions",
        "",
        ("suspended", "RU", "EU", False, "nickel", None),
    ),
    (
        "Beijing halts gallium exports as countermeasure against Japan",
        "",
        ("suspended", "CN", "JP", False, "gallium", None),
    ),
    (
        "Chile weighs copper export ban in second countermeasures list against China",
        "",
        ("suspended", "CL", "CN", True, "copper", None),
    ),
    (
        "Jakarta imposes nickel export levy as retaliation against EU steel duties",
        "",
        ("tariff", "ID", "EU", False, "nickel", None),
    ),
    # near misses: an import measure taken in retaliation hits the target's goods
    (
        "Canada slaps counter-tariffs on U.S. steel",
        "",
        ("tariff", "US", "CA", False, "steel", None),
    ),
    (
        "EU imposes duties on US steel in retaliation against Washington",
        "",
        ("tariff", "US", "EU", False, "steel", None),
    ),
]

#: (title, summary, want): kind 3, a minister's or a ministry's own "will" in the lede.
MINISTERS_WILL: list[Any] = [
    (
        "Canada to impose counter-tariffs on U.S. steel",
        "OTTAWA, March 4 (Reuters) - Canada will impose counter-tariffs on U.S. steel products, "
        "Finance Minister Dominic LeBlanc said on Tuesday.",
        ("tariff", "US", "CA", False, "steel", None),
    ),
    (
        "Australia to ban nickel exports to Russia",
        "CANBERRA (Reuters) - Australia will ban exports of nickel to Russia, Trade Minister Don "
        "Farrell said on Monday.",
        ("suspended", "AU", "RU", False, "nickel", None),
    ),
    (
        "Indonesia to impose export duty on nickel pig iron",
        "JAKARTA - Indonesia will impose an export duty on nickel pig iron, the energy ministry "
        "said in a statement on Friday.",
        ("tariff", "ID", "*", False, "nickel", None),
    ),
    (
        "Peru to raise copper export levy",
        "LIMA - Peru will raise its levy on copper exports, Economy Minister Jose Arista told "
        "reporters on Wednesday.",
        ("tariff", "PE", "*", False, "copper", None),
    ),
    (
        "UPDATE 1-Norway to impose duties on Chinese aluminium",
        "OSLO, May 2 (Reuters) - Norway will impose duties on Chinese aluminium, the trade "
        "ministry said on Thursday.",
        ("tariff", "CN", "NO", False, "aluminium", None),
    ),
    (
        "Kazakhstan to ban zinc scrap exports",
        "ASTANA - Kazakhstan will ban exports of zinc scrap for six months, Industry Minister "
        "Kanat Sharlapaev said.",
        ("suspended", "KZ", "*", False, "zinc", None),
    ),
    # near misses: a leader's own "will" stays a plan
    (
        "US to impose tariffs on copper imports",
        "WASHINGTON (Reuters) - The United States will impose tariffs on copper imports, "
        "President Donald Trump said on Tuesday.",
        ("tariff", "*", "US", True, "copper", None),
    ),
    (
        "Indonesia to ban bauxite exports",
        "JAKARTA - Indonesia will ban bauxite exports, President Joko Widodo said on Wednesday.",
        ("suspended", "ID", "*", True, "bauxite", None),
    ),
    (
        "Canada to impose surtax on Chinese steel",
        "OTTAWA - Canada will impose a surtax on Chinese steel, Prime Minister Justin Trudeau "
        "said on Monday.",
        ("tariff", "CN", "CA", True, "steel", None),
    ),
]

#: (title, summary, want): kind 4, a pledge of no measure under a pact or a deal.
PLEDGES: list[Any] = [
    (
        "Indonesia pledges no export duties on nickel shipped to Japan under new pact",
        "",
        ("open", "ID", "JP", False, "nickel", None),
    ),
    (
        "Australia commits to no export restrictions on lithium for US buyers in minerals deal",
        "",
        ("open", "AU", "US", False, "lithium", None),
    ),
    (
        "Chile promises no copper export curbs to EU under trade agreement",
        "",
        ("open", "CL", "EU", False, "copper", None),
    ),
    (
        "Kazakhstan agrees not to impose export duties on tungsten sold to South Korea",
        "",
        ("open", "KZ", "KR", False, "tungsten", None),
    ),
    (
        "DR Congo guarantees no cobalt export ban for Chinese buyers in investment deal",
        "",
        ("open", "CD", "CN", False, "cobalt", None),
    ),
    (
        "Mongolia vows no export taxes on copper bound for Japan under partnership",
        "",
        ("open", "MN", "JP", False, "copper", None),
    ),
    # near misses: a denial or a plan ruled out is no event
    ("Indonesia says no nickel ore export ban this year", "", None),
    ("Philippines rules out nickel ore export ban", "", None),
    ("Zambia denies plan to ban copper exports", "", None),
]

#: (title, summary, want): kind 5, a market moved by a threat on its metal or a named measure.
MARKET_CAUSES: list[Any] = [
    (
        "Comex copper premium widens after Trump tariff threat",
        "Copper on the U.S. Comex exchange widened its premium to London on Wednesday after "
        "President Donald Trump threatened to impose tariffs on copper imports.",
        ("tariff", "*", "US", True, "copper", None),
    ),
    (
        "Aluminium premium jumps on Trump tariff risk",
        "The U.S. Midwest aluminium premium jumped on Monday after President Donald Trump said he "
        "would impose tariffs on aluminium imports.",
        ("tariff", "*", "US", True, "aluminium", None),
    ),
    (
        "Nickel market braces for Indonesian export ban threat",
        "Nickel traders braced on Tuesday after Indonesia's government threatened to ban exports "
        "of nickel ore from next year.",
        ("suspended", "ID", "*", True, "nickel", None),
    ),
    (
        "LME zinc falls as tariffs on Chinese zinc bite",
        "",
        ("tariff", "CN", "*", False, "zinc", None),
    ),
    (
        "Copper futures hit by duties on Chilean copper",
        "",
        ("tariff", "CL", "*", False, "copper", None),
    ),
    (
        "Lithium stocks slide on export ban on Zimbabwean lithium",
        "",
        ("suspended", "ZW", "*", False, "lithium", None),
    ),
    # near misses: a market moved by mood or demand names no measure
    ("Iron ore futures hit by weak Chinese steel demand", "", None),
    ("Copper futures slide on tariff fears", "", None),
    ("Gold price hits record on tariff jitters", "", None),
    (
        "Copper premium narrows as traders see no tariff",
        "The Comex premium narrowed after officials said no tariff on copper was planned.",
        None,
    ),
]


@pytest.mark.parametrize(("title", "summary", "want"), IMPORT_CUTS, ids=case_ids(IMPORT_CUTS))
def test_imports_cut_by_a_share_or_capped(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "want"), RETALIATION_TARGETS, ids=case_ids(RETALIATION_TARGETS)
)
def test_an_export_measure_aimed_at_its_target(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(
    ("title", "summary", "want"), MINISTERS_WILL, ids=case_ids(MINISTERS_WILL)
)
def test_a_ministers_will_in_the_lede(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), PLEDGES, ids=case_ids(PLEDGES))
def test_a_pledge_of_no_measure(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), MARKET_CAUSES, ids=case_ids(MARKET_CAUSES))
def test_a_market_moved_by_a_threat_or_a_named_measure(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)
