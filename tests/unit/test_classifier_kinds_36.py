"""A government's measure told inside market framing (session 20, issue #16), in made-up
phrasings.

The title is about a market or a company (a price, a premium, stocks or shares moving) and the
measure is the move's cause: "Tin soars as Myanmar region halts ore shipments", "Cobalt stocks
rally after Kinshasa bans exports", or a title naming the cause without the metal or the act
("Steelmakers' shares jump after Trump tariff order", "Nickel jumps on export ban") whose
summary tells the act on the market's own metal ("after Indonesia banned exports of nickel
ore"). Such a headline reports the measure, as the labelled real sets have it (a measure told
in a market story's headline is an event; ``proposed`` when threatened or planned, not when
announced, signed or extended, a later start included). Read by
``tui/engine/classifier_market_ledes.py`` (the lede's cause clause read alone when the title
names the cause; the market clause's modal, metal, places and company subject are not the
measure's), ``tui/engine/classifier_market_acts.py`` (the title's cause clause, tied to the
metal by its own goods or by the lede's act) and ``tui/engine/classifier_causes.py``.

Beside them, no event: a move on a measure only feared, hoped, speculated or bet on, on talks,
an investigation, demand, inventories or the Fed, market news naming "tariffs" with no act, a
measure on another market's goods ("Gold rallies on tariffs" over steel tariffs), a company's
reaction to a measure in force ("Alcoa to pass on tariff costs": its pricing is the news), and
a market title that names no cause at all ("Steelmakers' shares jump" over a lede telling the
act, ``CAUSELESS``): first written as events, these read as market news in the labelled real
sets (rht-067, rht-094, rht-125 of the gate's fourth set, found when the first fix lost
rht-125), so they were relabelled no event and the fix asks the title to name the cause.

First time, on the engine before the change (main at 7d3bbb6): the first batch, written
before any run, read 27 of 43 right (title acts 12/14, the summary acts as first labelled 0/12,
contrasts 14/14, metals 1/3). Written after it, each labelled before running: summary acts
naming the cause 3/12 (two carried over from the first batch), noun causes 4/10, lede states
3/7, companies 4/10; the ten relabelled causeless titles read 10/10 as no event on main. Now 78
of 80 (two strict xfails: share moves on a weighed measure the learned gate vetoes).

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``): they test the rules' reading of market framing.
"""

from __future__ import annotations

import pytest
from kinds_cases import Want, case_ids, check_kind
from test_classifier import METALS

from tui.engine.classifier import classify

#: The cases the learned event gate trains on: none here, see the module's docstring.
CASES: list[tuple[str, str, Want]] = []

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
    pytest.param(
        "Vale stock slides as Jakarta weighs nickel ore export curbs",
        "",
        ("licensing", "ID", "*", True),
        marks=pytest.mark.xfail(
            strict=True,
            reason="the rules read it; the gate retrained on kinds 43's readings (session 21, "
            "threshold 0.095) vetoes it again (9%)",
        ),
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


@pytest.mark.parametrize(("title", "summary", "want"), TITLE_ACTS, ids=case_ids(TITLE_ACTS))
def test_a_market_move_on_a_governments_act(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), SUMMARY_ACTS, ids=case_ids(SUMMARY_ACTS))
def test_a_market_title_whose_summary_tells_the_act(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), NOUN_CAUSES, ids=case_ids(NOUN_CAUSES))
def test_a_market_title_naming_a_measure_noun(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), LEDE_STATES, ids=case_ids(LEDE_STATES))
def test_a_market_ledes_act_decided_or_proposed(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), COMPANIES, ids=case_ids(COMPANIES))
def test_a_companys_market_on_a_governments_act(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), CAUSELESS, ids=case_ids(CAUSELESS))
def test_a_market_title_naming_no_cause_is_the_move(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), CONTRASTS, ids=case_ids(CONTRASTS))
def test_market_news_with_no_act_stays_no_event(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "metals"), METALS_OF, ids=case_ids(METALS_OF))
def test_the_measures_goods_not_the_moved_market(
    title: str, summary: str, metals: set[str]
) -> None:
    event = classify(title, summary, METALS)
    assert event is not None
    assert set(event.metals) == metals
