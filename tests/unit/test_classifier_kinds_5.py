"""Kinds of real headline seen in the misses of the seventh (blind) set, in made-up phrasings.

The blind set (``tests/data/real_headlines_blind/``) was scored once, never tuned on, and then
released for study in session 4: its misses were grouped by kind and the rules changed for the
kind. These phrasings are written for the kinds (none is a headline of any real set), in several
countries, metals and word orders, with phrasings nearby that must not change: they check the
rule, the real sets check the reading. The first batch was written while the rules changed;
the second was written after and read once before any change.
"""

from __future__ import annotations

import pytest
from test_classifier import METALS

from tui.engine.classifier import classify, explain

Want = tuple[str, str, str, bool] | None

#: title, summary, (status, origin, destination, proposed) or None
CASES: list[tuple[str, str, Want]] = [
    # sanctions keep the target's goods out of the sanctioner: target -> sanctioner, whether
    # the target is a country, its sector or its state company, and when they are eased
    (
        "US imposes sanctions on Iran's copper and steel sectors",
        "",
        ("suspended", "IR", "US", False),
    ),
    ("Britain sanctions Russia's nickel industry", "", ("suspended", "RU", "GB", False)),
    ("Canada expands sanctions on Russia's steel industry", "", ("suspended", "RU", "CA", False)),
    ("Washington eases sanctions on Venezuelan gold", "", ("resuming", "VE", "US", False)),
    ("US lifts sanctions on Venezuela's gold sector", "", ("resuming", "VE", "US", False)),
    (
        "UK imposes sanctions against Russia's largest nickel producer",
        "",
        ("suspended", "RU", "GB", False),
    ),
    (
        "Treasury blacklists state miner",
        "The United States imposed sanctions against Venezuela's state gold miner on Friday.",
        ("suspended", "VE", "US", False),
    ),
    ("US and UK impose sanctions on Russian aluminium", "", ("suspended", "RU", "US", False)),
    # joining another's sanctions: the joiner imposes, the target is the origin
    ("Japan joins EU sanctions on Russian palladium", "", ("suspended", "RU", "JP", False)),
    (
        "Norway joined EU sanctions on Belarus",
        "It banned imports of potash and steel.",
        ("suspended", "BY", "NO", False),
    ),
    # revoking a trader's licence or permit tightens; revoking a requirement eases; so does
    # streamlining or simplifying licences
    ("Congo cancels export permits of two cobalt traders", "", ("suspended", "CD", "*", False)),
    ("Zimbabwe withdraws gold export licence of Fidelity", "", ("suspended", "ZW", "*", False)),
    ("Indonesia revokes nickel export licence requirement", "", ("resuming", "ID", "*", False)),
    ("China streamlines rare earth export licences", "", ("resuming", "CN", "*", False)),
    ("Beijing simplifies licensing for gallium exports", "", ("resuming", "CN", "*", False)),
    # future: headlinese "X to <act>" whose lede neither dates it nor reports it decided is
    # proposed; a date, a decision or the government's own announcement ("said it will") in
    # the lede makes it decided; a bare wire title is the wire's form for a decision
    (
        "EU to ban Russian nickel imports",
        "The bloc will ban nickel from Russia in its next sanctions package.",
        ("suspended", "RU", "EU", True),
    ),
    (
        "Canada to slap surtax on Chinese aluminium",
        "Canada will put a surtax on aluminium from China to protect smelters.",
        ("tariff", "CN", "CA", True),
    ),
    (
        "President Lula to 'raise' steel import tariffs",
        "Brazil will raise tariffs on imported steel, the president told supporters.",
        ("tariff", "*", "BR", True),
    ),
    ("EU to ban Russian nickel imports", "", ("suspended", "RU", "EU", False)),
    (
        "India to impose duty on Chinese steel",
        "India has decided to impose a duty on steel from China.",
        ("tariff", "CN", "IN", False),
    ),
    (
        "Chile to ban lithium exports from March 2027",
        "",
        ("suspended", "CL", "*", False),
    ),
    (
        "Japan to impose duties on Korean steel",
        "Japan said on Tuesday it will impose anti-dumping duties on Korean steel.",
        ("tariff", "KR", "JP", False),
    ),
    (
        "Peru to ban copper concentrate exports",
        "Peru will ban exports of copper concentrate, the minister told reporters.",
        ("suspended", "PE", "*", True),
    ),
    ("Congo to allow cobalt exports until June 30", "", ("resuming", "CD", "*", False)),
    ("Biden signs order to impose tariffs on Chinese steel", "", ("tariff", "CN", "US", False)),
    # a measure expected, or a package on the way, is not taken yet
    ("Import ban on Russian nickel expected", "", ("suspended", "RU", "*", True)),
    (
        "New tariffs on the way: Mexico plans duties on Chinese steel",
        "",
        ("tariff", "CN", "MX", True),
    ),
    (
        "Copper prices rise as expected after China lifts export ban",
        "",
        ("resuming", "CN", "*", False),
    ),
    # no event: a measure urged or appealed for, an appeal to another ministry, a warning of a
    # measure's effects, a flow restarting after unrest, mining permits, an investigation
    ("Ban on scrap copper exports urged", "", None),
    ("Export duty on nickel ore sought by smelters", "", None),
    ("Korean steelmakers appeal government to keep duty on Chinese steel", "", None),
    (
        "Minister questions PT Vale's nickel ore exports",
        "The governor said he had asked the trade ministry to lift the ban on nickel exports.",
        None,
    ),
    ("Mexico warns US aluminium tariffs could hurt both economies", "", None),
    ("Australia warns Chinese steel duties may backfire", "", None),
    ("Congo cobalt shipments resume after rebel attacks", "", None),
    ("Peru copper exports restart after protests", "", None),
    ("Ghana lifts ban on new gold mining permits", "", None),
    ("Guinea ends suspension on mining licences", "", None),
    (
        "Thailand opens anti-dumping investigation into Chinese aluminium",
        "The authority could apply provisional duties of up to 30%.",
        None,
    ),
    ("Indonesia resumes nickel exports after ban lifted", "", ("resuming", "ID", "*", False)),
    # agreements: the partner of an import measure is the exporter; a law's name gives way to
    # the measure named after it
    (
        "UK and India sign deal on steel tariff-rate quotas",
        "",
        ("quota", "IN", "GB", False),
    ),
    (
        "US and Brazil reach Section 232 agreement for steel tariff-rate quota",
        "",
        ("quota", "BR", "US", False),
    ),
    ("US and EU impose tariffs on Chinese steel", "", ("tariff", "CN", "US", False)),
    # a list of places before goods: all goods, the first named is the origin
    (
        "US restores tariffs to Mexico and Canada imports of steel",
        "",
        ("tariff", "MX", "US", False),
    ),
    # a measure that triggers a market move is the news
    (
        "Indonesia's nickel ore export ban sends prices soaring",
        "",
        ("suspended", "ID", "*", False),
    ),
    ("Fears of tariffs trigger copper price surge", "", None),
    # relaxing a flow eases it; a ban on a demonym's goods with no actor is someone's imports
    (
        "Indonesia relaxes copper concentrate exports for Freeport",
        "",
        ("resuming", "ID", "*", False),
    ),
    ("Philippines eases nickel ore exports for small miners", "", ("resuming", "PH", "*", False)),
    (
        "Governments ban Russian aluminium",
        "Britain and Canada have banned imports of Russian aluminium.",
        ("suspended", "RU", "GB", False),
    ),
    ("LME bars Russian nickel", "", ("suspended", "RU", "*", False)),
]


#: A second batch, written after the rules above and read once before any change (18 of 18
#: right first time; a nineteenth, on titanium, names no watched metal and was left out). The
#: "X to <act>" rule was narrowed afterwards to texts with a lede (a bare wire title stays
#: decided, as the sets written with the rules have it), so two phrasings got a lede.
CASES += [
    ("EU sanctions Belarus's potash and steel sector", "", ("suspended", "BY", "EU", False)),
    (
        "US targets Russian palladium producer with sanctions",
        "",
        ("suspended", "RU", "US", False),
    ),
    (
        "Washington relaxes sanctions on Myanmar's tin sector",
        "",
        ("resuming", "MM", "US", False),
    ),
    ("Serbia joins EU sanctions on Russian steel", "", ("suspended", "RU", "RS", False)),
    ("Ghana revokes gold export licences of three traders", "", ("suspended", "GH", "*", False)),
    (
        "China to ban antimony exports to the US",
        "Beijing will stop antimony shipments to American buyers.",
        ("suspended", "CN", "US", True),
    ),
    (
        "Mexico to impose 25% tariff on Chinese steel",
        "Mexico will charge the tariff on steel from China.",
        ("tariff", "CN", "MX", True),
    ),
    (
        "Zambia to ban copper concentrate exports",
        "Zambia has approved a ban on copper concentrate exports.",
        ("suspended", "ZM", "*", False),
    ),
    ("Ban on nickel ore exports to Japan expected", "", ("suspended", "*", "JP", True)),
    ("Call for cobalt export ban urged by Congo miners", "", None),
    ("Philippine miners appeal to government to scrap nickel ore export ban", "", None),
    ("Brazil warns Mexican steel tariffs would hurt trade", "", None),
    ("Chilean copper shipments restart after storm", "", None),
    ("Zambia lifts moratorium on mining licences", "", None),
    (
        "Australia opens dumping probe into Chinese steel rods",
        "The commission could impose duties of 12%.",
        None,
    ),
    (
        "EU and Ukraine reach agreement on steel tariff-rate quotas",
        "",
        ("quota", "UA", "EU", False),
    ),
    ("Chile's lithium export curbs spark price rally", "", ("licensing", "CL", "*", False)),
    (
        "Vietnam eases rare earth exports for licensed firms",
        "",
        ("resuming", "VN", "*", False),
    ),
]


@pytest.mark.parametrize(("title", "summary", "want"), CASES, ids=[c[0][:60] for c in CASES])
def test_kind(title: str, summary: str, want: Want) -> None:
    event = classify(title, summary, METALS)
    got = None if event is None else (event.status, event.origin, event.destination, event.proposed)
    assert got == want, "\n".join(explain(title, summary, METALS))


#: title, summary, rate: the new rate of a change "to N% from M%"; a tariff named beside
#: quotas takes its rate from the lede; rates for different goods state no single rate
RATES: list[tuple[str, str, float | None]] = [
    (
        "Turkey hikes taxes on gold imports",
        "Turkey is raising import duties on gold to 20 percent from 12 percent.",
        20.0,
    ),
    (
        "Mexico renews tariffs, quotas on steel products",
        "Mexico decided to renew 15% tariffs on steel products.",
        15.0,
    ),
    (
        "India sets export duties on iron ore and steel",
        "India imposed a 15% export duty on steel and raised the duty on iron ore to 50%.",
        None,
    ),
    ("US raises tariff on Chinese aluminium to 25% from 10%", "", 25.0),
]


@pytest.mark.parametrize(
    ("title", "summary", "rate"), RATES, ids=[(r[1] or r[0])[:60] for r in RATES]
)
def test_rate_kind(title: str, summary: str, rate: float | None) -> None:
    event = classify(title, summary, METALS)
    assert event is not None, "\n".join(explain(title, summary, METALS))
    assert event.rate_pct == rate, "\n".join(explain(title, summary, METALS))


#: title, summary, metals: a class of goods the title names and the lede gives examples of
METAL_KINDS: list[tuple[str, str, tuple[str, ...]]] = [
    (
        "India sets export duties on steel, steelmaking raw materials",
        "The duty on steelmaking raw materials such as iron ore rises.",
        ("steel", "iron-ore"),
    ),
    (
        "China curbs exports of battery raw materials",
        "Beijing will require licences for exports of raw materials including graphite.",
        ("graphite",),
    ),
]


@pytest.mark.parametrize(
    ("title", "summary", "metals"), METAL_KINDS, ids=[m[0][:60] for m in METAL_KINDS]
)
def test_metal_kind(title: str, summary: str, metals: tuple[str, ...]) -> None:
    event = classify(title, summary, METALS)
    assert event is not None, "\n".join(explain(title, summary, METALS))
    assert set(event.metals) == set(metals), "\n".join(explain(title, summary, METALS))
