"""Three kinds of misread market story (session 20, issue #16), in made-up phrasings.

1. A market title naming its cause ("Steel stocks fall on tariffs") whose summary tells the
   government's act as a noun, not a verb: "after Trump's announcement of 25% tariffs on steel
   imports", "following Jakarta's ban on nickel ore exports", "on Beijing's decision to
   restrict gallium exports", "after the imposition of anti-dumping duties on Chinese
   aluminium foil by the EU". Read as the verb form is (``tui/engine/classifier_market_ledes.py``):
   a government named, the market's own metal in the act; no event for a mood, a guess, an
   investigation, talks, another market's goods, or a title that names no cause.
2. "Lead" that is not the metal: the verb after a company ("Cleveland-Cliffs, Nucor Lead
   Surge in Steel Stocks"), "leads", "lead to" after a subject, a country's lead in a field
   (``tui/engine/figurative.py``); the metal where its context says so ("Lead prices",
   "copper, lead and zinc", "LME lead", "Lead to rise", "lead exports").
3. A company's country in a market clause read as the measure's origin: "Shares in Brazilian
   steelmaker Gerdau rose after the US doubled steel tariffs" read BR -> US; the measure's
   corridor is the measure's (``*`` -> US unless it names whose goods)
   (``tui/engine/classifier_market_clause.py``, ``market_places``).

First time, on the engine before the change (this branch's base, main at b697140; the same
counts on main at c78f3d5): noun acts 9 of 16 (the seven acts missed, read no event; the nine no-event cases kept, three
of them written after the first run), "lead" 12 of 21 (the metal's eight kept; four of the
non-metal readings written after scanning the studied real sets' tags, all four missed),
companies 5 of 7 (the issue's own Gerdau case already read right; a fall the market words leave
out, "POSCO drops after", and a maker's move, "steelmaker Gerdau gains as", missed). Now all.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of market stories.
"""

from __future__ import annotations

import pytest
from kinds_cases import Want, check_kind, headline_cases
from test_classifier import METALS

from tui.engine.tagging import tag_metals

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

#: (title, summary, want): kind 1, a market title naming its cause over a summary telling the
#: government's act as a noun.
NOUN_ACTS: list[tuple[str, str, Want]] = [
    (
        "Steel stocks fall on tariffs",
        "Steel stocks fell after Trump's announcement of 25% tariffs on steel imports.",
        ("tariff", "*", "US", False),
    ),
    (
        "Nickel miners slide on export ban",
        "Shares of nickel miners slid following Jakarta's ban on nickel ore exports.",
        ("suspended", "ID", "*", False),
    ),
    (
        "Gallium prices soar after Beijing move",
        "Gallium prices soared on Beijing's decision to restrict gallium exports.",
        ("licensing", "CN", "*", False),
    ),
    (
        "Aluminium foil makers' shares rise on EU duties",
        "Shares of European foil makers rose after the imposition of anti-dumping duties on "
        "Chinese aluminium foil by the EU.",
        ("tariff", "CN", "EU", False),
    ),
    (
        "Copper climbs after tariff move",
        "Comex copper climbed after Washington's imposition of a 50% tariff on copper imports.",
        ("tariff", "*", "US", False),
    ),
    (
        "Cobalt rallies as Kinshasa acts",
        "Cobalt prices rallied after Congo's suspension of cobalt exports for four months.",
        ("suspended", "CD", "*", False),
    ),
    (
        "Tin jumps on export halt",
        "Tin prices jumped following Myanmar's halt of tin ore shipments from Wa State.",
        ("suspended", "MM", "*", False),
    ),
    # no event: a guess, a mood, an investigation, another market's goods, no cause in the title
    (
        "Steel stocks fall on tariffs",
        "Steel stocks fell after reports of a possible imposition of 25% tariffs on steel "
        "imports by Washington.",
        None,
    ),
    (
        "Nickel slips on export ban",
        "Nickel fell on expectations of Jakarta's ban on nickel ore exports.",
        None,
    ),
    (
        "Nickel slips on export ban",
        "Nickel fell on fears of Jakarta's ban on nickel ore exports.",
        None,
    ),
    (
        "Aluminium stocks slip after EU move",
        "Aluminium shares slipped after the EU's launch of an anti-dumping investigation into "
        "Chinese aluminium foil.",
        None,
    ),
    (
        "Copper jumps after tariff move",
        "Copper rose after Trump's announcement of 25% tariffs on steel imports.",
        None,
    ),
    # written after the first run, labels before running: no government acting, a mood
    (
        "Steel stocks slide on duties",
        "Steel stocks slid after the imposition of anti-dumping duties on steel imports.",
        None,
    ),
    (
        "Steel stocks fall on tariffs",
        "Steel stocks fell amid uncertainty over Trump's tariffs on steel imports.",
        None,
    ),
    (
        "Zinc slips after export curbs",
        "Zinc fell after talks on Lima's restriction of zinc concentrate exports.",
        None,
    ),
    (
        "Steel Falls Toward 1-Month Low",
        "Steel futures fell after Trump's announcement of 25% tariffs on steel imports.",
        None,
    ),
]

#: (text, metals): kind 2, "lead" as a verb or a noun that is not the metal, and the metal.
LEAD: list[tuple[str, tuple[str, ...]]] = [
    ("Cleveland-Cliffs, Nucor Lead Surge in Steel Stocks", ("steel",)),
    ("Nucor leads steel rally", ("steel",)),
    ("Miners lead gains as copper hits record", ("copper",)),
    ("Freeport, Southern Copper lead rally in mining shares", ("copper",)),
    ("Tariffs lead to copper shortage in US", ("copper",)),
    ("Export curbs lead to higher nickel prices", ("nickel",)),
    ("China's lead in rare earths under threat", ("rare-earths",)),
    ("Rally led by copper miners", ("copper",)),
    # the metal
    ("Lead prices rise", ("lead",)),
    ("Lead Rises to Two-Month High", ("lead",)),
    ("Copper, lead, zinc rise", ("copper", "zinc", "lead")),
    ("LME lead hits high", ("lead",)),
    ("Lead exports banned by Bolivia", ("lead",)),
    ("Lead to outperform zinc, analysts say", ("zinc", "lead")),
    ("Peru ships lead to China", ("lead",)),
    ("China's lead exports jump", ("lead",)),
    ("Lead gains 2% on LME", ("lead",)),
    # written after scanning the studied real sets' tags (the unseen sets not read), labels
    # before running: a pronoun's lead, "take a lead from", a move with its time, futures
    ("Senator loses her lead as copper tariff vote nears", ("copper",)),
    ("Palladium takes a lead from platinum, rises 2%", ("palladium", "platinum")),
    ("Rio, BHP lead pre-market climb in copper miners", ("copper",)),
    ("Equity futures lead markets lower as nickel slides", ("nickel",)),
]

#: (title, summary, want): kind 3, a company's country in the market clause is not the
#: measure's origin.
COMPANIES: list[tuple[str, str, Want]] = [
    (
        "Shares in Brazilian steelmaker Gerdau rose after the US doubled steel tariffs",
        "",
        ("tariff", "*", "US", False),
    ),
    (
        "Australian steelmaker BlueScope gains as Washington raises steel duties",
        "",
        ("tariff", "*", "US", False),
    ),
    (
        "Shares of Indian aluminium maker Hindalco fall after US hikes aluminium tariffs",
        "",
        ("tariff", "*", "US", False),
    ),
    (
        "Canadian copper miner's stock slides as Trump imposes copper tariffs",
        "",
        ("tariff", "*", "US", False),
    ),
    (
        "South Korean steelmaker POSCO drops after EU raises steel safeguard duties",
        "",
        ("tariff", "*", "EU", False),
    ),
    # the measure names whose goods: kept
    (
        "Shares of Japanese steelmaker Nippon Steel fall as US raises tariffs on Japanese steel",
        "",
        ("tariff", "JP", "US", False),
    ),
    (
        "Brazilian steelmaker Gerdau gains as US hits Chinese steel with duties",
        "",
        ("tariff", "CN", "US", False),
    ),
]


@headline_cases(NOUN_ACTS)
def test_a_summarys_act_told_as_a_noun(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("text", "want"), LEAD, ids=[t for t, _w in LEAD])
def test_lead_is_the_metal_only_in_a_metals_context(text: str, want: tuple[str, ...]) -> None:
    assert sorted(tag_metals(text, METALS)) == sorted(want)


@headline_cases(COMPANIES)
def test_a_companys_country_is_not_the_measures_origin(
    title: str, summary: str, want: Want
) -> None:
    check_kind(title, summary, want)
