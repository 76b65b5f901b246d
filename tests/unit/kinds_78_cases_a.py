"""Cases of ``test_classifier_kinds_78.py`` (IN_FORCE_CAUSES, TRADE_FIGURES, FIRMS_ACTING,
SECOND_BATCH), labelled before the engine read them; the kinds, first-time counts and fixes are in
that module's docstring."""

from __future__ import annotations

from typing import Any

#: (title, summary, want): kind 1, a measure in force as the cause or backdrop of other news.
IN_FORCE_CAUSES: list[Any] = [
    ("Aluminium premiums in US hit record as Section 232 tariffs bite", "", None),
    ("Indonesian nickel pig iron output climbs three years into ore export ban", "", None),
    ("Ternium profit falls as import duty costs weigh on Mexican unit", "", None),
    (
        "Antimony premiums in Rotterdam stay lofty as Beijing's controls keep metal scarce",
        "Prices have held above $50,000 a tonne since China's export restrictions took effect "
        "last December.",
        None,
    ),
    (
        "Cobalt hydroxide payables climb as quota system tightens supply",
        "Payables rose to 95% of the metal price as the export quotas Congo introduced in "
        "October keep material scarce, traders said.",
        None,
    ),
    (
        "Indian stainless mills run below capacity despite anti-dumping duties on Chinese flat steel",
        "",
        None,
    ),
    ("Vietnam's steel exports to EU hold up two years into safeguard quotas", "", None),
    (
        "European carmakers still short of magnets as Chinese rare earth licences trickle in",
        "Suppliers say approvals under the licensing regime introduced in April remain slow.",
        None,
    ),
    ("Canadian aluminium smelters shift sales to Europe as US tariff persists", "", None),
    (
        "Korea Zinc posts record profit as antimony curbs lift prices",
        "The smelter's by-product sales more than doubled as Chinese export controls in force "
        "since last year kept the metal scarce.",
        None,
    ),
    (
        "Century Aluminum lifts guidance as tariff boosts US premium",
        "The company said the Midwest premium, up since the 50% Section 232 duty took effect "
        "in June, would add $40 million to quarterly earnings.",
        None,
    ),
    ("Novelis expects to pass through aluminium tariff costs to can makers", "", None),
    ("Gold smuggling into India eases after last year's duty cut", "", None),
    ("Zimbabwe lithium concentrate exports surge despite raw ore export ban", "", None),
    (
        "Philippine nickel ore shipments to China climb as Indonesian mining quota delays bite",
        "Chinese NPI makers turned to Philippine ore after Jakarta was slow to approve mining "
        "work plans, SMM said.",
        None,
    ),
    ("Shanghai aluminium at one-month high as capacity cap limits Chinese output", "", None),
    (
        "Nippon Steel flags weaker US margins under existing steel tariffs",
        "The steelmaker said the 50% duties on imported slab raise costs at its American unit.",
        None,
    ),
    (
        "Tin smelters in Malaysia run short of concentrate as Wa State mining suspension drags on",
        "",
        None,
    ),
    (
        "US copper premium over LME holds wide as 50% tariff on semi-finished products stays",
        "",
        None,
    ),
    (
        "Vedanta's aluminium exports to Europe rise as US duties divert Indian metal",
        "The company's European sales rose 30% in the quarter after it moved away from the US "
        "market, where imports face a 50% tariff.",
        None,
    ),
    ("Steel service centres post thinner margins as tariff-driven price spike fades", "", None),
    (
        "Gallium recyclers in Japan ramp up as Chinese export controls stay in place",
        "",
        None,
    ),
    (
        "Rand weakens as platinum miners feel sting of US metal tariffs",
        "Johannesburg-listed PGM producers fell after the miners said the tariffs in force "
        "since March had cut orders from US autocatalyst makers.",
        None,
    ),
    ("Bauxite freight rates from Guinea ease a year into the export permit crackdown", "", None),
    # near misses: a government acts now and moves the market
    ("Tin soars as Myanmar's Wa region halts ore shipments", "", ("suspended", "MM", "*", False)),
    (
        "Nickel jumps after Indonesia bans ore exports from January",
        "",
        ("suspended", "ID", "*", False),
    ),
    (
        "Steel stocks rally as Canada imposes 25% tariffs on Chinese steel",
        "",
        ("tariff", "CN", "CA", False),
    ),
    (
        "Cobalt surges as Congo extends export suspension by three months",
        "The government said the halt on cobalt exports, in place since February, would run "
        "until the end of September.",
        ("suspended", "CD", "*", False),
    ),
    (
        "Antimony prices leap as China bans exports to the United States",
        "",
        ("suspended", "CN", "US", False),
    ),
    # labelled a tariff and kept an xfail until session 30, then relabelled: a flow's
    # figures that open the title and move "after" an act are trade data counted after it,
    # no event (README: trade figures under a measure), as ``test_classifier_kinds_90.py``
    # kind 7 reads them (``tui/engine/classifier_flow_figures.py``)
    ("Gold imports into India slump after government raises duty to 15%", "", None),
]


#: (title, summary, want): kind 2, trade statistics and customs data.
TRADE_FIGURES: list[Any] = [
    ("China's gallium exports slump after controls", "", None),
    ("India steel imports from Vietnam jump 40%", "", None),
    (
        "China's germanium exports fall to zero in November, customs data show",
        "No wrought or unwrought germanium left China for the US for the third month running.",
        None,
    ),
    ("Japan's aluminium imports from Russia fell 60% in 2023", "", None),
    (
        "Chile's copper exports to China climb 8% in March",
        "Shipments of refined copper and concentrate rose on stronger Chinese demand, central "
        "bank data showed.",
        None,
    ),
    ("EU imports of Russian nickel dwindle as buyers self-sanction", "", None),
    ("Turkish rebar exports to the US down 70% since tariff hike", "", None),
    (
        "South Korea's steel exports to US fall for fifth month under quota",
        "Shipments fell 11% year on year in May, the Korea Iron and Steel Association said.",
        None,
    ),
    (
        "China's rare earth magnet exports rebound in July after licence approvals",
        "Exports of permanent magnets rose 75% from June to 5,577 tonnes, customs data showed.",
        None,
    ),
    ("China's antimony exports to US at zero for sixth month", "", None),
    (
        "Indonesia's stainless steel exports hit $10 billion as downstreaming pays off",
        "Exports of iron and steel products rose 15% in the first eight months, the statistics "
        "agency said.",
        None,
    ),
    ("Kazakhstan's tungsten exports rose 25% in 2024, statistics bureau says", "", None),
    ("Peru's gold exports jump 30% on record prices", "", None),
    (
        "India's silver imports triple in first half as duty cut spurs buying",
        "Imports rose to 4,554 tonnes after the budget lowered the import duty last July.",
        None,
    ),
    ("Philippines ships record volume of nickel ore to China in third quarter", "", None),
    ("Canada's aluminium exports to the US fall to lowest since 2019", "", None),
    (
        "Brazil's steel imports from China keep rising despite quota-tariff system",
        "Imports rose 18% in the first half, Aco Brasil said, calling the system ineffective.",
        None,
    ),
    (
        "Vietnam's imports of Chinese hot-rolled coil drop after anti-dumping duties",
        "Imports fell 45% month on month in April, customs figures show, after provisional "
        "duties of up to 27.8% took effect in March.",
        None,
    ),
    ("UK steel imports rise 12% as safeguard quotas refill", "", None),
    (
        "China's graphite exports plunge 60% in December under new permit rules",
        "",
        None,
    ),
    ("Mexico's zinc concentrate exports ease in January, INEGI data show", "", None),
    ("Russian palladium exports to China double", "", None),
    ("Customs data: Thailand's tin imports from Myanmar halved", "", None),
    (
        "Gallium shipments from China to Europe recover to pre-control levels",
        "Customs figures for October showed 6.2 tonnes shipped to the Netherlands and Germany.",
        None,
    ),
    ("US copper imports hit record ahead of tariff deadline", "", None),
    # near misses: a government acts on the figures
    (
        "India raises import duty on Vietnamese steel after 40% jump in shipments",
        "",
        ("tariff", "VN", "IN", False),
    ),
    (
        "Vietnam imposes anti-dumping duties on Chinese steel as imports surge",
        "",
        ("tariff", "CN", "VN", False),
    ),
    (
        "Turkey sets quota on steel imports after record first-half inflows",
        "",
        ("quota", "*", "TR", False),
    ),
]


#: (title, summary, want): kind 3, companies, exchanges, traders and banks acting.
FIRMS_ACTING: list[Any] = [
    ("Miner halts copper concentrate shipments as strike enters second week", "", None),
    (
        "LME suspends nickel trading after price spike",
        "The exchange cancelled trades and halted dealing after prices doubled in a session.",
        None,
    ),
    ("Goldman sees 25% US copper tariff by year-end", "", None),
    (
        "Trafigura stops buying cobalt from Congolese supplier over child labour concerns",
        "",
        None,
    ),
    (
        "Vale pauses nickel shipments from New Caledonia unit amid unrest",
        "Loading at the Prony port was suspended after road blockades, the company said.",
        None,
    ),
    ("CME launches aluminium premium contract to hedge tariff risk", "", None),
    ("Shanghai Futures Exchange raises margins on tin contracts", "", None),
    (
        "Mercuria drops Russian-origin nickel from its trading books",
        "The trader said it would no longer buy or sell metal of Russian origin.",
        None,
    ),
    ("Citi expects Indonesia to cut nickel ore quotas next year", "", None),
    (
        "Morgan Stanley: US likely to impose copper tariff of 25% in 2026",
        "The bank's analysts said the administration was likely to act on refined copper after "
        "the Section 232 review.",
        None,
    ),
    ("JPMorgan raises gold forecast on tariff uncertainty", "", None),
    ("Apple asks suppliers to stop sourcing tin from Indonesian smelters", "", None),
    (
        "Codelco suspends copper sales to Chinese buyer over contract dispute",
        "",
        None,
    ),
    ("Rio Tinto halts iron ore loading at Dampier ahead of cyclone", "", None),
    (
        "Korea Zinc stops germanium exports to US amid boardroom fight",
        "The smelter said it had paused shipments while its board reviews sales contracts.",
        None,
    ),
    ("China Minmetals halts tungsten sales to spot buyers", "", None),
    (
        "Jiangxi Copper suspends cathode shipments to US customers after tariffs",
        "The smelter said it would redirect the metal to Southeast Asia.",
        None,
    ),
    ("Bank of America sees aluminium tariff relief for Canada by summer", "", None),
    (
        "LME to bar aluminium from smelters that fail responsible sourcing checks",
        "Brands that have not passed audits by the end of next year will be delisted.",
        None,
    ),
    ("Comex raises copper margins by 10% after tariff-driven volatility", "", None),
    (
        "Freeport halts Grasberg concentrate exports after mud rush",
        "The company declared force majeure on copper and gold concentrate sales.",
        None,
    ),
    ("Hydro to stop sourcing Russian alumina at Norwegian plants", "", None),
    (
        "Steel distributor imposes surcharge to cover 50% tariff",
        "Ryerson told customers a surcharge of $80 a ton would apply to imported sheet.",
        None,
    ),
    ("Nornickel redirects palladium shipments to Asian buyers", "", None),
    (
        "Anglo American puts platinum export contracts on hold amid rail strike",
        "",
        None,
    ),
    ("UBS cuts nickel forecast, sees Indonesian export ban unlikely", "", None),
    (
        "Glencore suspends zinc exports from Kazakh unit for smelter overhaul",
        "",
        None,
    ),
    ("Hong Kong exchange delists gold contract after thin trading", "", None),
    # near misses: a government acts beside firms
    (
        "China's commerce ministry bans germanium exports to US",
        "",
        ("suspended", "CN", "US", False),
    ),
    (
        "UK bans imports of Russian copper, aluminium and nickel",
        "",
        ("suspended", "RU", "GB", False),
    ),
    (
        "US bars Russian aluminium imports from March 10",
        "",
        ("suspended", "RU", "US", False),
    ),
]


#: (title, summary, want): kinds 1-3, a second batch written after the first change (labelled
#: before the engine read them): the same kinds in other words, and near misses of each check.
SECOND_BATCH_1: list[Any] = [
    ("Copper smelters in Japan post record runs despite export curbs on scrap", "", None),
    (
        "Despite protests, Zimbabwe bans lithium ore exports",
        "",
        ("suspended", "ZW", "*", False),
    ),
    (
        "Can makers squeezed under existing Section 232 aluminium levies",
        "Ball and Crown said the duties in force since 2018 add to sheet costs.",
        None,
    ),
    ("Trump raises existing steel tariffs to 50%", "", ("tariff", "*", "US", False)),
    (
        "Lithium converters in Chile idle as Zimbabwe's ore export ban lingers",
        "",
        None,
    ),
    (
        "Congo's cobalt export ban to remain in place until June, regulator says",
        "",
        ("suspended", "CD", "*", False),
    ),
    (
        "Carmaker raises car prices to offset steel tariffs",
        "The company said the increase of about 2% would cover higher costs for imported sheet.",
        None,
    ),
    (
        "To offset US tariffs, Canada imposes surtax on Chinese steel",
        "",
        ("tariff", "CN", "CA", False),
    ),
    ("Cobalt exporters in Congo face quota backlog at border posts", "", None),
    (
        "Gallium export licence delays frustrate European buyers",
        "Buyers say applications filed in the spring have yet to be approved by Beijing.",
        None,
    ),
    ("China tightens gallium export licence rules", "", ("licensing", "CN", "*", False)),
    (
        "Gold jewellery demand in India recovers after last year's import duty hike",
        "",
        None,
    ),
    (
        "Indonesia lifts ban on bauxite exports",
        "The ban imposed last year had halted shipments to Chinese refiners.",
        ("resuming", "ID", "*", False),
    ),
    ("Chinese germanium buyers adapt two years into export controls", "", None),
    (
        "Rare earth magnet exports back at pre-ban levels",
        "Shipments in September matched those of the months before April's restrictions.",
        None,
    ),
]
