"""Cases of ``test_classifier_kinds_36.py`` (COMPANIES, CONTRASTS, METALS_OF), labelled before the
engine read them; the kinds, first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

from kinds_cases import Want

#: (title, summary, want): a company's or a country's market moving on a government's act,
#: the place before the move being where the market is ("Australia's BlueScope gains after
#: Washington doubles steel tariffs": US, not AU). Written after the first run, labels before
#: running them.
COMPANIES: list[tuple[str, str, Want] | object] = [
    (
        "Shares of Brazil's Gerdau rise as Trump signs steel tariff order",
        "",
        ("tariff", "*", "US", False),
    ),
    (
        "Australia's BlueScope gains after Washington doubles steel tariffs",
        "",
        ("tariff", "*", "US", False),
    ),
    (
        "Indonesian nickel miners slump as Jakarta bans ore exports",
        "",
        ("suspended", "ID", "*", False),
    ),
    (
        "Canadian aluminium stocks slide as Trump hits aluminium imports with 25% tariff",
        "",
        ("tariff", "*", "US", False),
    ),
    ("Nucor shares jump after Trump signs steel tariff order", "", ("tariff", "*", "US", False)),
    # the rules read it; the learned gate vetoed it until session 21 (10%, under its 12% then)
    ("Alcoa shares fall as Trump weighs aluminium tariffs", "", ("tariff", "*", "US", True)),
    # the rules read it; the learned gate vetoed it (9%, under its 12% then), let it through at
    # main's session-21 retraining, vetoes it again at 0.095; the gate retrained on kinds 48's
    # readings alone let it through (0.094), the one retrained after the merge of kinds 46 vetoes
    # it again (0.096)
    # read right again with the gate retrained at 0.103 (session 32)
    (
        "Vale stock slides as Jakarta weighs nickel ore export curbs",
        "",
        ("licensing", "ID", "*", True),
    ),
    # no event: a company's move on demand or on bets, a company's reaction
    ("Gerdau shares rise on steel demand outlook", "", None),
    ("BlueScope to raise U.S. prices to offset steel tariffs", "", None),
    ("Nucor shares rise as investors bet on steel tariffs", "", None),
]


#: (title, summary, want): the contrasts, no event: a mood, talks, an investigation, demand,
#: a measure on other goods, tariffs in general, a company's reaction.
CONTRASTS: list[tuple[str, str, Want]] = [
    ("Aluminium climbs on tariff fears", "", None),
    ("Steel stocks rise ahead of Trump tariff decision", "", None),
    ("Copper firms as traders bet on U.S. tariffs", "", None),
    ("Nickel steady as Indonesia and EU hold trade talks", "", None),
    ("Aluminium falls after Washington opens investigation into imports", "", None),
    ("Zinc falls as LME inventories rise; tariffs in focus", "", None),
    ("Gold rises as Fed holds rates, tariff worries linger", "", None),
    ("Aluminium hits high on speculation of U.S. tariff hike", "", None),
    ("Copper slips as China raises tariffs on U.S. soybeans", "", None),
    (
        "Steelmakers' shares slide",
        "Shares of steelmakers fell on Monday on worries that U.S. tariffs on steel imports "
        "could be raised.",
        None,
    ),
    (
        "Metal stocks mixed",
        "Metal stocks were mixed on Tuesday as investors weighed the outlook for tariffs and "
        "Chinese demand for copper.",
        None,
    ),
    (
        "Alcoa to pass on tariff costs to customers",
        "Alcoa will pass on the cost of the 25% U.S. tariff on aluminium imports, in force "
        "since March 12, to its customers, the company said.",
        None,
    ),
    (
        "Copper steady in London",
        "Copper was little changed on Thursday as weak demand from China offset a softer "
        "dollar, while traders kept an eye on possible U.S. tariffs.",
        None,
    ),
    (
        "Aluminium edges lower",
        "Aluminium eased on Tuesday after the U.S. Commerce Department opened an investigation "
        "into aluminium imports that could lead to tariffs.",
        None,
    ),
]


#: (title, summary, metals): the metals of a market-framed measure are its goods, not the
#: market's metal that moved ("Gold hits record as Trump raises steel tariffs").
METALS_OF: list[tuple[str, str, set[str]]] = [
    (
        "Gold hits record as Trump raises steel and aluminium tariffs to 25%",
        "",
        {"steel", "aluminium"},
    ),
    (
        "Silver climbs as Washington slaps 25% tariffs on steel imports",
        "",
        {"steel"},
    ),
    (
        "Nickel stocks rally as Jakarta halts nickel ore exports",
        "",
        {"nickel"},
    ),
]
