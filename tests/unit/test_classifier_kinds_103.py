"""Kinds of missed measures and wrong fields (session 34), in made-up phrasings labelled before
the engine read them, checked on every field the exact score counts (``kinds_exact``).

From the studied sets' measures missed or read with a wrong field, less the rows whose label
another set or the vocabulary disputes:

1. **Imports cut by a share or capped in volume by a government** ("proposes to slash steel
   imports by 15%"): a ``quota`` on its imports (``tui/engine/classifier_import_cuts.py``); a
   fall told in the present and a firm's own cut stay trade data.
2. **An export measure aimed at the country it retaliates against, told after it** ("as
   countermeasure against Japan", "in second U.S. countermeasures list"): its destination
   (``tui/engine/classifier_retaliation_after.py``); a retaliation naming only the other side's
   measure ("in response to US tariffs") is its cause, no market aimed at, and "as retaliation
   against EU steel duties" is a background clause whose metals are not the measure's.
3. **A minister's or a ministry's own "will" in the lede of "X to ..."**: a ministry's statement
   decides, a minister's, as a leader's, leaves a plan.
4. **A pledge of no measure** under a pact or a deal ("pledges no export duties on nickel shipped
   to Japan"): the flow is ``open`` (``tui/engine/classifier_pledged.py``); a denial or a plan
   ruled out stays no event.
5. **A market moved by a government's threat on its own metal, or by a measure named with its
   goods**.
6. **The market's view or outlook beside a measure** (second batch, written after the first
   changes, when the learned gate's threshold moved and two false events it had vetoed came
   through): the market's people weighing "the impact of" something, in a title naming no
   measure or with the measure as what is weighed ("miners mull impact of China's ... export
   curbs", as ``test_classifier_kinds_97.py`` reads it; ``tui/engine/classifier_mulled.py``), and a metal's state told ahead ("set to remain
   elevated amid ... reciprocal tariff plans") beside tariffs on no metal.

First time, labels written before the engine read them, on main's engine: kind 1, 8 of 12 (the
five near misses right); kind 2, 6 of 9, and a second batch written after the first change 0 of
2; kind 3, 5 of 9; kind 4, 3 of 9 (the three near misses); kind 5, 7 of 10; kind 6, 5 of 9.

Seven labels were corrected after the first run. Kind 3: four ledes told by a minister by name
("Finance Minister Dominic LeBlanc said") were labelled decided; the engine reads a minister as
a person whose "will" is a plan (only a ministry's or a government's own statement decides), and
the labelled row rhu-110 ("Zambia will remove import duty ..., Finance Minister ... said") is
proposed: a first rule reading a portfolio minister's word as decided lost it, and was dropped;
labelled proposed. Kind 2: three retaliations naming the other side's measure ("in retaliation
against EU sanctions") were labelled with that side as the market; the labelled row "China
restricts exports of seven rare earths in response to US tariffs" is every market (a first rule
lost it, and was narrowed): labelled ``*``.

After the changes 55 of the 60 read right; five are marked ``xfail(strict=True)``: a market named
only by its buyers, "tariff risk" in a market title (read since ``test_classifier_kinds_105.py``,
which takes "risk" after a measure's noun as a threat), a lede's "braces", a lede-less futures title
on a measure noun (a market title naming its cause only as a measure noun is read by its lede),
and a market's "mull" before the act read as the measure's plan word.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import headline_cases
from kinds_exact import ExactWant, check_exact

CASES: list[Any] = []

_BUYERS = "a market named only by its buyers ('for US buyers') is not read as the destination"
_MULL = "the market's 'mull' in the clause before the act is read as the measure's plan word"
_BRACES = "'braces' in the lede is read as a measure's effects feared, before the threat"
_FUTURES = (
    "a futures market moved by a measure noun with no lede: docs/STATUSES.md reads such a title "
    "by its lede ('Nickel jumps on export ban'); a lede-less one stays market news"
)

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
        ("tariff", "IN", "*", True, "aluminium", None),
    ),
    (
        "Russia bans nickel exports in retaliation against EU sanctions",
        "",
        ("suspended", "RU", "*", False, "nickel", None),
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
        ("tariff", "ID", "*", False, "nickel", None),
    ),
    # second batch, written after the first change: the target named before the list's noun
    (
        "Canada weighs aluminium export tax in new U.S. countermeasures package",
        "",
        ("tariff", "CA", "US", True, "aluminium", None),
    ),
    (
        "China adds germanium export ban to its Japan countermeasures",
        "",
        ("suspended", "CN", "JP", False, "germanium", None),
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
        ("tariff", "US", "CA", True, "steel", None),
    ),
    (
        "Australia to ban nickel exports to Russia",
        "CANBERRA (Reuters) - Australia will ban exports of nickel to Russia, Trade Minister Don "
        "Farrell said on Monday.",
        ("suspended", "AU", "RU", True, "nickel", None),
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
        ("tariff", "PE", "*", True, "copper", None),
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
        ("suspended", "KZ", "*", True, "zinc", None),
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
    pytest.param(
        "Australia commits to no export restrictions on lithium for US buyers in minerals deal",
        "",
        ("open", "AU", "US", False, "lithium", None),
        marks=pytest.mark.xfail(strict=True, reason=_BUYERS),
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
    # read since test_classifier_kinds_105.py ("risk" after a measure's noun is a threat)
    (
        "Aluminium premium jumps on Trump tariff risk",
        "The U.S. Midwest aluminium premium jumped on Monday after President Donald Trump said he "
        "would impose tariffs on aluminium imports.",
        ("tariff", "*", "US", True, "aluminium", None),
    ),
    pytest.param(
        "Nickel market braces for Indonesian export ban threat",
        "Nickel traders braced on Tuesday after Indonesia's government threatened to ban exports "
        "of nickel ore from next year.",
        ("suspended", "ID", "*", True, "nickel", None),
        marks=pytest.mark.xfail(strict=True, reason=_BRACES),
    ),
    (
        "LME zinc falls as tariffs on Chinese zinc bite",
        "",
        ("tariff", "CN", "*", False, "zinc", None),
    ),
    pytest.param(
        "Copper futures hit by duties on Chilean copper",
        "",
        ("tariff", "CL", "*", False, "copper", None),
        marks=pytest.mark.xfail(strict=True, reason=_FUTURES),
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


#: (title, summary, want): kind 6, the market's view or outlook beside a measure.
MARKET_VIEWS: list[Any] = [
    (
        "Copper market participants weigh the fallout of US-Chile trade talks",
        "Copper traders are reacting to reports that talks between Washington and Santiago could "
        "cover cutting tariffs on refined copper.",
        None,
    ),
    (
        "Investors assess implications of Indonesia's new nickel policy",
        "Investors are weighing whether Indonesia will restrict exports of nickel ore as part of a "
        "broader review of its mining policy.",
        None,
    ),
    ("Zinc buyers ponder repercussions of Canada-US tariff talks", "", None),
    ("Silver, platinum to stay firm amid Washington's reciprocal tariff plans", "", None),
    ("Copper set to remain volatile amid Trump's auto tariff plans", "", None),
    ("Nickel prices to stay high amid US tariffs on cars", "", None),
    # near misses: a title that tells the act, or a measure on the metal itself
    (
        "Traders weigh impact as Indonesia bans nickel ore exports",
        "",
        ("suspended", "ID", "*", False, "nickel", None),
    ),
    (
        "Copper prices remain elevated as US imposes 50% tariff on copper imports",
        "",
        ("tariff", "*", "US", False, "copper", 50.0),
    ),
    pytest.param(
        "Market participants mull impact as EU imposes safeguard quotas on steel",
        "",
        ("quota", "*", "EU", False, "steel", None),
        marks=pytest.mark.xfail(strict=True, reason=_MULL),
    ),
]


@headline_cases(IMPORT_CUTS)
def test_imports_cut_by_a_share_or_capped(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(RETALIATION_TARGETS)
def test_an_export_measure_aimed_at_its_target(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(MINISTERS_WILL)
def test_a_ministers_will_in_the_lede(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(PLEDGES)
def test_a_pledge_of_no_measure(title: str, summary: str, want: ExactWant) -> None:
    check_exact(title, summary, want)


@headline_cases(MARKET_CAUSES)
def test_a_market_moved_by_a_threat_or_a_named_measure(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)


@headline_cases(MARKET_VIEWS)
def test_a_markets_view_or_outlook_beside_a_measure(
    title: str, summary: str, want: ExactWant
) -> None:
    check_exact(title, summary, want)
