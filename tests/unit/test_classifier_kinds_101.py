"""Kinds of false events (session 33): news that names a trade measure without reporting one,
in made-up phrasings labelled before the engine read them.

The rules' false events on the studied sets (the fifteenth, sixteenth and seventeenth blind sets,
the second wire, and the odd halves of the wire, the thirteenth, nineteenth, twentieth and
twenty-first blind sets and the third and fourth wires) were 21 before this round, 14 of them
past the learned gate. Two thirds sit on labels the sets and the vocabulary disagree on (final
results of reviews, the ITC's sunset votes, an advisory body's recommendation, a preliminary
decision, retaliation notified at the WTO, the Congo cobalt quota); the kinds below are the
general forms of the rest, all news about a measure by a party that does not make it:

1. **A firm, its workers or an industry asking for a measure or relief** ("Cleveland-Cliffs,
   steelworkers seek duties on ...", "Downstream aluminium industry says duty structure hurting
   competitiveness, seeks relief"): an industry's petition or relief only sought gives no event
   (README "Trade-policy statuses"). Workers named by their trade ("steelworkers",
   "autoworkers") are an industry asking (``classifier_vetoes``), a measure "hurting" a party is
   its effect told (``classifier_judgements``), and a cut asked for after its measure ("import
   duty hurting margins, seek cut") is a cut sought (``classifier_commentary.cut_sought``). A
   measure imposed on such a request stays the measure.
2. **A mood or concern over a measure** ("Market fatigue over Trump's tariffs", "McConnell warns
   of 'big, lingering concerns' with Trump tariff plan", "awaits clarity on impact of Trump's
   fresh tariffs"): a party's view, no event, whatever the lede says of the measure
   (``tui/engine/classifier_views.py``). The maker's own warning of a measure stays a threat,
   and a measure imposed despite or amid a mood stays the measure.
3. **A market move whose only measure is what traders weigh** (a lede "Asian stock markets
   churned, as traders weighed US plans to raise tariffs"): the market's move is the news
   (``classifier_views``). A lede that is the act itself stays the act.
4. **A view of what should happen to another's measure** ("Freeland says axing tariffs on steel,
   aluminum should be part of CUSMA ratification", "Chile says US copper tariffs should be
   dropped", "Australian PM says US should exempt its aluminium"): a call, no event (README:
   what a government must or should do is a call, ``classifier_views``). A government's own
   pledge and a rule binding traders ("exporters must obtain permits") stay measures.

First time, labels written before the engine read them, on main's engine with its gate: kind 1,
16 of 16 right (the rules alone 13: the gate vetoed the rest); kind 2, 11 of 14 (rules alone
8); kind 3, 6 of 8 (rules alone 6); kind 4, 5 of 10 (rules alone 4). One label was set before
the first run and is named here: "Indonesia will ban exports of nickel ore from January" is a
measure announced for a later day, coming and not proposed (README "Trade-policy statuses").
After the first change the retrained gate let "Copper fabricators say import duty hurting
margins, seek cut" through (the rules read "duty ... cut" across the comma), which the third
change reads. A second batch of 11 (near misses and new phrasings), written after the first
change: all right on main's engine and after. A first form of the kind 4 rule took any modal
after the measure and broke four cases of earlier kinds ("export ban means firms must refine",
"bans cobalt imports, importers must get approval"); it was narrowed to the measure's own
phrase. At the end all 59 read right, by the rules alone as well. The studied sets' false
events by the rules alone went 21 -> 14 (with the gate 14 -> 13); no labelled measure is lost by
the rules alone or with the gate.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

from kinds_cases import Want, check_kind, headline_cases

CASES: list[Any] = []

#: (title, summary, want): kind 1, a firm, workers or an industry asking for a measure or relief.
REQUESTS: list[Any] = [
    ("Cleveland-Cliffs, steelworkers seek duties on coated steel from 10 countries", "", None),
    ("Nucor and US Steel seek anti-dumping duties on Korean rebar steel", "", None),
    ("Aluminium extruders, union seek tariffs on Chinese aluminium extrusions", "", None),
    (
        "Downstream aluminium industry says duty structure hurting competitiveness, seeks relief",
        "",
        None,
    ),
    ("Copper fabricators say import duty hurting margins, seek cut", "", None),
    ("Steel users' body seeks removal of safeguard duty on flat steel", "", None),
    ("South African steelmakers call for higher import duties on Chinese steel", "", None),
    ("Zinc producers and workers petition for duties on Mexican zinc", "", None),
    ("Indian stainless steel makers seek anti-dumping duty on imports from Indonesia", "", None),
    (
        "Union, mills seek tariffs on tin mill steel",
        "The United Steelworkers and two mills asked the Commerce Department to impose duties "
        "on tin mill products from eight countries.",
        None,
    ),
    ("Canadian aluminium smelters demand relief from US tariffs", "", None),
    ("Brazilian steelmakers ask government for 25% tariff on Chinese steel", "", None),
    # near misses: the measure granted or imposed on such a request stays the measure
    (
        "US imposes duties on Korean coated steel sought by Cleveland-Cliffs",
        "",
        ("tariff", "KR", "US", False),
    ),
    (
        "India imposes anti-dumping duty on Chinese aluminium foil after industry plea",
        "",
        ("tariff", "CN", "IN", False),
    ),
    ("Brazil raises import tariff on steel to 25%", "", ("tariff", "*", "BR", False)),
    ("EU seeks to impose tariffs on Russian aluminium", "", ("tariff", "RU", "EU", True)),
    # second batch, written after the first change
    ("Autoworkers seek exemption from US steel tariffs", "", None),
    ("Mineworkers' union seeks ban on nickel ore exports", "", None),
    (
        "US imposes tariffs on Chinese steel wire after steelworkers' petition",
        "",
        ("tariff", "CN", "US", False),
    ),
]

#: (title, summary, want): kind 2, a mood, concern or fatigue over or with a measure.
MOODS: list[Any] = [
    ("Market fatigue over Trump's tariffs is likely emerging — Market Talk", "", None),
    (
        "Market Fatigue Over Trump's Tariffs is Likely Emerging — Market Talk",
        "Participants seem fatigued by the whole tariff issue, after a fresh round of trade "
        "measures by U.S. President Trump on steel and aluminum.",
        None,
    ),
    ("Investor fatigue with steel tariff headlines sets in", "", None),
    ("Jitters over US copper tariffs grip Chilean miners", "", None),
    ("Angst over EU steel safeguard spreads among Turkish mills", "", None),
    ("Unease with India's aluminium import duty grows among cable makers", "", None),
    (
        "McConnell warns of ‘big, lingering concerns’ with Trump tariff plan",
        "Mitch McConnell on Wednesday warned of big, lingering concerns with the tariff plan. "
        "“In recent weeks, the president sought to impose sweeping tariffs on Mexico, Canada "
        "and China, as well as key imports, such as steel and aluminum,” McConnell said.",
        None,
    ),
    (
        "Senator warns of 'serious concerns' with steel tariff plan",
        "The president has moved to impose tariffs on steel and aluminum imports.",
        None,
    ),
    ("Ford warns of concerns with aluminium tariff plan", "", None),
    (
        "Jindal Stainless awaits clarity on impact of Trump’s fresh tariffs",
        "Jindal Stainless, India's largest stainless steel producer, said the industry is "
        "awaiting further clarity on the scope of latest tariffs imposed by US President Trump.",
        None,
    ),
    (
        "Hindalco awaits clarity on Trump's new aluminium tariffs",
        "The company said it awaits clarity on the tariffs imposed by the US on aluminium.",
        None,
    ),
    # near misses: the maker's own warning is a threat; a measure taken despite concerns stays
    ("Trump warns of 25% tariffs on Canadian aluminium", "", ("tariff", "CA", "US", True)),
    (
        "EU imposes duties on Chinese steel despite concerns of carmakers",
        "",
        ("tariff", "CN", "EU", False),
    ),
    (
        "Amid fatigue over talks, US raises tariffs on Chinese aluminium",
        "",
        ("tariff", "CN", "US", False),
    ),
    # second batch, written after the first change
    ("Investor jitters over China's gallium export curbs ease", "", None),
    (
        "Despite worries over supply, Indonesia bans nickel ore exports",
        "",
        ("suspended", "ID", "*", False),
    ),
    ("Concerns mount as China bans gallium exports to US", "", ("suspended", "CN", "US", False)),
]

#: (title, summary, want): kind 3, a market move in the title, a measure only what traders weighed.
MARKET_WEIGHS: list[Any] = [
    (
        "Trump Outlook Roils Asian Stock Markets",
        "Asian stock markets churned on Tuesday, as traders weighed US President Donald Trump's "
        "plans to raise tariffs on imported aluminum and steel, and possibly automobiles.",
        None,
    ),
    (
        "Tariff talk rattles European bourses",
        "European shares slid on Monday as investors weighed Washington's plans to impose "
        "tariffs on steel and aluminium imports.",
        None,
    ),
    (
        "Metals stocks wobble",
        "Mining shares swung on Thursday as traders digested China's decision to curb exports "
        "of gallium and germanium.",
        None,
    ),
    (
        "Copper choppy in Shanghai",
        "Copper prices churned as traders weighed a proposed US tariff on copper imports.",
        None,
    ),
    (
        "Asian markets mixed on trade worries",
        "Markets in Asia were mixed on Wednesday as investors weighed the prospect of US tariffs "
        "on steel.",
        None,
    ),
    (
        "Nickel volatile as traders mull Indonesian policy",
        "Nickel swung between gains and losses as traders mulled Indonesia's plan to ban ore "
        "exports.",
        None,
    ),
    # near misses: a summary whose lede is the act itself stays the act
    (
        "Beijing hits back",
        "China on Monday imposed export controls on gallium and germanium, citing national "
        "security.",
        ("licensing", "CN", "*", False),
    ),
    (
        "Jakarta acts on ore",
        "Indonesia will ban exports of nickel ore from January, the mines minister said.",
        ("suspended", "ID", "*", False),
    ),
    # second batch, written after the first change
    (
        "Investors digest news as US imposes 25% tariffs on steel imports",
        "",
        ("tariff", "*", "US", False),
    ),
    (
        "Aluminium prices steady",
        "Aluminium held steady on Monday while investors weighed Canada's plan to cut aluminium "
        "exports to the US.",
        None,
    ),
]

#: (title, summary, want): kind 4, a party's view of what should happen to another's measure.
SHOULDS: list[Any] = [
    (
        "Freeland says axing tariffs on steel, aluminum should be part of CUSMA ratification "
        "process",
        "Foreign Affairs Minister Chrystia Freeland is linking the lifting of U.S. tariffs on "
        "Canadian and Mexican steel to the ratification of the new trade deal.",
        None,
    ),
    ("Mexico says lifting US steel tariffs must come before trade deal", "", None),
    ("Australian PM says US should exempt its aluminium from tariffs", "", None),
    ("Canadian minister says removing aluminium tariffs should be a priority", "", None),
    ("Ex-trade envoy says scrapping steel tariffs ought to be part of any deal", "", None),
    ("Chile says US copper tariffs should be dropped", "", None),
    ("Economists say India's gold import duty should be cut", "", None),
    # near misses: a government's own act or plan stays a measure
    (
        "Canada says it will impose counter-tariffs on US steel",
        "",
        ("tariff", "US", "CA", True),
    ),
    ("US lifts tariffs on Canadian steel and aluminium", "", ("resuming", "CA", "US", False)),
    ("India cuts gold import duty to 6%", "", ("resuming", "*", "IN", False)),
    # second batch, written after the first change
    ("Mexico must scrap steel export quota, US says", "", None),
    ("Nickel ore export ban should stay, Indonesian miners say", "", None),
    (
        "Indonesia says exporters must obtain permits for nickel ore shipments",
        "",
        ("licensing", "ID", "*", False),
    ),
]


@headline_cases(REQUESTS)
def test_a_firm_or_industry_asking_for_a_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(MOODS)
def test_a_mood_or_concern_over_a_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(MARKET_WEIGHS)
def test_a_market_move_weighing_a_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@headline_cases(SHOULDS)
def test_a_view_of_what_should_happen_to_a_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
