"""Cases of ``test_classifier_kinds_36.py`` (TITLE_ACTS, SUMMARY_ACTS, CAUSELESS, NOUN_CAUSES,
LEDE_STATES), labelled before the engine read them; the kinds, first-time counts and fixes are in
that module's docstring."""

from __future__ import annotations

from kinds_cases import Want

#: (title, summary, want): the title's market move caused by a government's act it names.
TITLE_ACTS: list[tuple[str, str, Want]] = [
    ("Tin soars as Myanmar region halts ore shipments", "", ("suspended", "MM", "*", False)),
    ("Cobalt stocks rally after Kinshasa bans exports", "", ("suspended", "CD", "*", False)),
    ("Nickel surges as Jakarta slaps export ban on ore", "", ("suspended", "ID", "*", False)),
    (
        "Steel shares climb as Washington hits imports with 25% duties",
        "",
        ("tariff", "*", "US", False),
    ),
    (
        "Copper prices climb after Lima imposes export tax on concentrates",
        "",
        ("tariff", "PE", "*", False),
    ),
    (
        "Aluminium hits three-year high as Trump doubles tariffs on aluminium imports",
        "",
        ("tariff", "*", "US", False),
    ),
    ("Gold slips after Ghana halts small-scale gold exports", "", ("suspended", "GH", "*", False)),
    (
        "Palladium spikes as Washington announces ban on Russian palladium imports",
        "",
        ("suspended", "RU", "US", False),
    ),
    (
        "Steel plate prices rise as Seoul hits Chinese steel plates with anti-dumping duties",
        "",
        ("tariff", "CN", "KR", False),
    ),
    # announced now, in force later: decided, not proposed
    (
        "Steel stocks rally as Trump announces 25% tariffs on steel imports from March 12",
        "",
        ("tariff", "*", "US", False),
    ),
    # threatened or planned: proposed
    (
        "Copper jumps as Trump threatens 50% tariff on copper imports",
        "",
        ("tariff", "*", "US", True),
    ),
    (
        "Aluminium premiums rise as Ottawa plans surtax on Chinese aluminium",
        "",
        ("tariff", "CN", "CA", True),
    ),
    # a modal of the market clause is no plan of the measure
    (
        "Steel stocks may extend gains as Trump signs 25% tariff order on steel imports",
        "",
        ("tariff", "*", "US", False),
    ),
    (
        "Aluminium premiums jump after Trump raises tariffs on aluminium imports to 25%",
        "",
        ("tariff", "*", "US", False),
    ),
]


#: (title, summary, want): a market title naming its cause (a measure word, or a government
#: acting) but not the metal or not the act, whose summary tells the act on the market's metal.
#: Written after the first run (see the module docstring), labels before running them.
SUMMARY_ACTS: list[tuple[str, str, Want]] = [
    (
        "Steelmakers' shares jump after Trump tariff order",
        "Shares of U.S. steelmakers jumped on Tuesday after President Donald Trump signed an "
        "order raising tariffs on steel imports to 25%.",
        ("tariff", "*", "US", False),
    ),
    (
        "Aluminium premiums hit record after Washington's tariff move",
        "The U.S. Midwest aluminium premium hit a record on Wednesday after President Trump "
        "signed a proclamation raising tariffs on aluminium imports to 25%.",
        ("tariff", "*", "US", False),
    ),
    (
        "Miners' shares tumble after Jakarta decision",
        "Shares of nickel miners fell on Monday after Indonesia banned exports of nickel ore "
        "from June.",
        ("suspended", "ID", "*", False),
    ),
    (
        "Battery metal stocks soar as Kinshasa acts",
        "Shares in cobalt producers soared after the Democratic Republic of Congo halted cobalt "
        "exports for four months.",
        ("suspended", "CD", "*", False),
    ),
    (
        "Copper price spikes in New York on tariff announcement",
        "Comex copper jumped 10% on Wednesday after President Trump announced a 50% tariff on "
        "copper imports, effective August 1.",
        ("tariff", "*", "US", False),
    ),
    (
        "Tin prices hit two-year high after Myanmar move",
        "Tin prices rose to a two-year high after authorities in Myanmar's Wa State suspended "
        "tin ore shipments from the region.",
        ("suspended", "MM", "*", False),
    ),
    (
        "Rare earth stocks surge on Beijing's export curbs",
        "Shares of Chinese rare earth producers surged on Friday after Beijing imposed export "
        "controls on seven rare earth elements.",
        ("licensing", "CN", "*", False),
    ),
    # vowed in the title, said he would in the summary: proposed
    (
        "Steel stocks climb as Trump vows tariffs",
        "U.S. steel stocks climbed on Monday after President Donald Trump said he would impose "
        "25% tariffs on all steel imports.",
        ("tariff", "*", "US", True),
    ),
    (
        "Metal stocks rally after Trump signs tariff order",
        "Shares of steel and aluminium producers rose after President Trump signed an order "
        "imposing 25% tariffs on steel and aluminium imports.",
        ("tariff", "*", "US", False),
    ),
    (
        "Nucor, Steel Dynamics lead gains after White House order",
        "Steel stocks rallied on Monday after Trump signed an order imposing 25% tariffs on all "
        "steel and aluminum imports, to take effect on March 12.",
        ("tariff", "*", "US", False),
    ),
    # a title's act noun over a lede that names the metal and the act
    (
        "Nickel Prices Rise After Jakarta's Export Ban Announcement",
        "Nickel futures rose after Indonesia announced a ban on nickel ore exports starting in "
        "January.",
        ("suspended", "ID", "*", False),
    ),
    (
        "Aluminium premiums soar in U.S. Midwest on Trump tariff hike",
        "Physical aluminium premiums in the U.S. Midwest soared after Trump raised tariffs on "
        "aluminium imports to 25% on Monday.",
        ("tariff", "*", "US", False),
    ),
]


#: (title, summary, want): a market title naming no cause at all over a summary that tells the
#: act. First written as events; the labelled real sets read this shape as market news (the
#: gate's fourth set, rht-067, rht-094 and rht-125: "Steel Falls Toward 1-Month Low" whose lede
#: says "after Trump signed an executive order imposing a 25% tariff on steel and aluminum
#: imports"), so they are relabelled no event: the title tells the move, not its cause.
CAUSELESS: list[tuple[str, str, Want]] = [
    (
        "Steelmakers' shares jump",
        "Shares of U.S. steelmakers jumped on Tuesday after President Donald Trump signed an "
        "order raising tariffs on steel imports to 25%.",
        None,
    ),
    (
        "Aluminium premiums hit record",
        "The U.S. Midwest aluminium premium hit a record on Wednesday after President Trump "
        "signed a proclamation raising tariffs on aluminium imports to 25%.",
        None,
    ),
    (
        "Miners' shares tumble in Jakarta",
        "Shares of nickel miners fell on Monday after Indonesia banned exports of nickel ore "
        "from June.",
        None,
    ),
    (
        "Battery metal producers' shares soar",
        "Shares in cobalt producers soared after the Democratic Republic of Congo halted cobalt "
        "exports for four months.",
        None,
    ),
    (
        "Nucor, Steel Dynamics lead gains on Wall Street",
        "Steel stocks rallied on Monday after Trump announced 25% tariffs on all steel and "
        "aluminum imports, to take effect on March 12.",
        None,
    ),
    (
        "Aluminium premiums soar in U.S. Midwest",
        "Physical aluminium premiums in the U.S. Midwest soared after Trump raised tariffs on "
        "aluminium imports to 25% on Monday.",
        None,
    ),
    (
        "Copper price spikes in New York",
        "Comex copper jumped 10% on Wednesday after President Trump announced a 50% tariff on "
        "copper imports, effective August 1.",
        None,
    ),
    (
        "Tin prices hit two-year high",
        "Tin prices rose to a two-year high after authorities in Myanmar's Wa State suspended "
        "tin ore shipments from the region.",
        None,
    ),
    (
        "Chinese rare earth stocks surge",
        "Shares of Chinese rare earth producers surged on Friday after Beijing imposed export "
        "controls on seven rare earth elements.",
        None,
    ),
    (
        "Steel stocks climb in early trade",
        "U.S. steel stocks climbed on Monday after President Donald Trump said he would impose "
        "25% tariffs on all steel imports.",
        None,
    ),
]


#: (title, summary, want): a market title naming its cause as a measure noun only ("on export
#: ban", "on new tariffs"), whose summary tells the act on the market's own metal; no event
#: when the act is on another market's goods or the title names a mood. Written after the
#: first run, labels before running them.
NOUN_CAUSES: list[tuple[str, str, Want]] = [
    (
        "Steel stocks surge as Trump pledges more tariffs",
        "Shares of U.S. steelmakers surged on Monday after President Donald Trump said he would "
        "impose 25% tariffs on all steel imports.",
        ("tariff", "*", "US", True),
    ),
    (
        "Steelmakers rise on new tariffs",
        "U.S. steel producers rose after President Trump signed proclamations imposing 25% "
        "tariffs on steel imports.",
        ("tariff", "*", "US", False),
    ),
    (
        "Aluminium premiums rise on tariff order",
        "The U.S. Midwest premium rose after President Trump signed an order raising aluminium "
        "tariffs to 25%.",
        ("tariff", "*", "US", False),
    ),
    (
        "Metal stocks climb on tariff news",
        "Shares of steel and aluminium producers climbed after President Trump announced 25% "
        "tariffs on steel and aluminium imports.",
        ("tariff", "*", "US", False),
    ),
    (
        "Nickel jumps on export ban",
        "Nickel prices jumped after Indonesia banned exports of nickel ore from January.",
        ("suspended", "ID", "*", False),
    ),
    (
        "Tin climbs on shipment halt",
        "Tin rose after authorities in Myanmar's Wa region halted tin ore shipments.",
        ("suspended", "MM", "*", False),
    ),
    (
        "Zinc slips on export duty",
        "Zinc fell after Peru imposed an export duty on zinc concentrates.",
        ("tariff", "PE", "*", False),
    ),
    # no event: another market's goods, a mood in the title
    (
        "Copper holds gains amid fresh tariffs",
        "Copper held gains after Trump imposed 25% tariffs on steel and aluminium imports.",
        None,
    ),
    (
        "Steel stocks rise on tariff hopes",
        "Steel stocks rose after President Trump signed an order imposing 25% tariffs on steel "
        "imports.",
        None,
    ),
    (
        "Gold rallies on tariffs",
        "Gold rose after Trump imposed 25% tariffs on steel and aluminium imports.",
        None,
    ),
]


#: (title, summary, want): ``proposed`` of an act told in a market lede: announced, signed or
#: extended is decided (a later start included), threatened or planned is proposed; "on
#: Monday" dates the move, it is no cause. Written after the first run, labels before running.
LEDE_STATES: list[tuple[str, str, Want]] = [
    (
        "Copper jumps on tariff announcement",
        "Copper prices jumped after President Trump announced a 50% tariff on copper imports "
        "that will take effect on August 1.",
        ("tariff", "*", "US", False),
    ),
    (
        "Aluminium rises after Trump tariff threat",
        "Aluminium rose after Trump threatened 25% tariffs on aluminium imports.",
        ("tariff", "*", "US", True),
    ),
    (
        "Nickel rallies on Jakarta's export ban plan",
        "Nickel rallied after Indonesia said it plans to ban nickel ore exports.",
        ("suspended", "ID", "*", True),
    ),
    (
        "Steel stocks jump on tariff order",
        "Steel stocks jumped after President Trump signed an order on Monday raising steel "
        "tariffs to 50%, effective Wednesday.",
        ("tariff", "*", "US", False),
    ),
    (
        "Cobalt prices soar after Kinshasa decision",
        "Cobalt prices soared after the Democratic Republic of Congo extended its cobalt export "
        "ban by three months.",
        ("suspended", "CD", "*", False),
    ),
    (
        "Palladium jumps on sanctions news",
        "Palladium jumped after Washington banned imports of Russian palladium.",
        ("suspended", "RU", "US", False),
    ),
    # no trade measure: a plan for the industry, not for its trade
    (
        "Lithium stocks slide as Santiago moves",
        "Shares of lithium producers slid after Chile announced plans to nationalise its "
        "lithium industry.",
        None,
    ),
]
