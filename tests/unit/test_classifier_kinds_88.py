"""News close to a trade measure that is no measure, in market, company and data framing
(session 30), in made-up phrasings labelled before the engine read them.

1. **A price or market report where a measure is only feared, expected, awaited, priced in
   or long past** ("Copper edges lower as traders await US ruling on metal levies", "Kitco:
   Gold's tariff premium in New York fades"): no event (README "Trade-policy statuses": a market
   moved by tariff bets or hopes, a measure named as the backdrop of other news). Near misses,
   a measure taken now inside market framing ("Nickel surges as Indonesia bans ore exports"),
   stay events.
2. **A company's own act, or a stoppage by strike, weather or logistics** (force majeure, a
   mine or smelter halting or curtailing output or shipments, a firm's own prices and
   premiums, port strikes, floods, rail outages): no event; near misses, a government halting
   a flow ("DR Congo halts cobalt exports for four months"), stay events.
3. **Trade data and statistics** ("China's antimony exports collapse 97% under export
   controls", "exports to China resume growth"): trade figures, the measure named in passing
   their backdrop; near misses, a government acting beside the figures, stay events.
4. **Commentary** (explainers, analysis, opinion, interviews, podcasts, fact checks,
   anniversaries, "Five years on, ...", "Lessons from ..."): no event; near misses, an act told
   after an explainer's or an analysis label.
5. **Legal action and enforcement against firms** (seizures, busts, fines for evading duties,
   suits and rulings between companies, customs officers stopping one shipment): no event;
   near misses, a government's measure against smuggling, stay events.

First time, on the engine before the change (labels written before it ran; none corrected
after): 172 of the 185 first cases right, 9 false events on 150 headlines that are no measure
(about one in 17). Kind 1, 44 of 45 (1 false event on 32: "tariff premium", a measure's noun
naming a market's price); kind 2, 40 of 41 (1 false event on 33: a mine named after a
country's possessive halting shipments "as protesters block road"); kind 3, 33 of 37 (4 false
events on 31: exports that "collapse" under controls, imports that "dry up" after duties,
imports that "set record ... before quota reset", exports that "resume growth"); kind 4, 26 of
32 (2 false events on 28: "Five years on, ...'s ban has paid off", "Lessons from ...'s ban";
the 4 near misses after an explainer's, a Q&A's or an analysis label missed, below); kind 5, 29
of 30 (1 false event on 26: "customs officers stop silver shipment"). The 35 measures of kinds
1, 2, 3 and 5 were all read right. A second batch of 38 over the five kinds (30 no measure),
written after the first change and labelled before any engine read it: 33 of 38 right on the
engine before the change (5 false events on 30), 38 of 38 on the change.

After the change (``tui/engine/classifier_near_news.py``: a measure's price premium or spread,
a flow's trend resumed, a span gone by opening the title, a commentary's lead, a named mine or
firm stopping its flow for a disruption told after the verb; a flow that collapses, dries up,
crashes, dwindles or halves, and a move "before" or "ahead of" a measure, in
``classifier_backdrops.py``; one "shipment" stopped by officers in
``classifier_near_measures.py``): all right but the 4 near misses after an explainer's or an
analysis label, kept as ``xfail`` (that label vetoes whatever follows it, as
``test_classifier_kinds_57.py`` had it). The two after "Explainer:" read right once an act
told after an explainer's or a factbox's label was read as news
(``tui/engine/classifier_explainer_act.py``); those after "Q&A:" and "ANALYSIS-" stay ``xfail``.

A third batch of 40 over the five kinds (32 no measure), written after that change and
labelled before any engine read it: one label was put right after the first run ("China
curbs steel exports", first labelled a halt: "curbs" is a licensing word in the house's
tables, as in "BIS curbs germanium exports to India"); with it, 37 of 40 right on the engine
before the change (2 false events on 32: "Three lessons from ...", "Interview with Congo mines
minister on cobalt quota results"), 38 of 40 on the change (the interview). An interview's, a Q&A's, a
podcast's or a conversation's lead ("Interview with ...") was then added to the commentary
leads: 39 of 40, the near miss under an "Analysis of the week:" heading kept as an ``xfail``.
Event gate retrained after each change: threshold 0.116 unmoved, ``row_changes.py main`` 0
rows lost, 0 gained.

These cases are kept out of ``CASES`` (which the learned event gate trains on,
``benchmarks/event_gate_training.py``).
"""

from __future__ import annotations

from typing import Any

import pytest
from kinds_cases import Want, case_ids, check_kind

CASES: list[Any] = []

#: (title, summary, want): kind 1, a price or market report where a measure is only feared,
#: expected, awaited, priced in or long past; near misses, a measure taken now, stay events.
MARKET_REPORTS: list[Any] = [
    ("UPDATE 1-Copper edges lower as traders await US ruling on metal levies", "", None),
    ("Copper Slides as Traders Await Trump's Decision on Metal Duties", "", None),
    ("Nickel firms as market eyes possible Indonesian ore export curbs", "", None),
    ("UPDATE 2-Aluminium hits three-month high on fears of a US tariff hike", "", None),
    (
        "Tin steadies as market shrugs off talk of Indonesian export curbs",
        "Benchmark LME tin was little changed at $31,200 a tonne; traders said rumours of new "
        "export rules had not been confirmed by Jakarta.",
        None,
    ),
    ("Cobalt prices already reflect Congo's quota, analysts say", "", None),
    ("Gold price: tariff jitters lift bullion as Fed decision looms", "", None),
    ("Zinc premiums in Rotterdam firm on expectations of EU safeguard review", "", None),
    ("Shanghai steel futures slip as market awaits clarity on export tax", "", None),
    (
        "[SMM Analysis] Antimony prices stabilise as market awaits licence approvals",
        "Spot antimony ingot held at 145,000 yuan/mt; exporters said approvals under the "
        "licensing system were still slow.",
        None,
    ),
    ("US Midwest aluminium premium flat as tariff anniversary passes", "", None),
    ("Silver rallies to record as tariff fears spread to precious metals", "", None),
    ("Platinum climbs as traders weigh risk of sanctions on Russian metal", "", None),
    ("Palladium jumps on speculation Washington could bar Russian imports", "", None),
    ("Iron ore steady as rumours of Chinese steel export curbs swirl", "", None),
    ("Gold holds near record as markets brace for tariff deadline", "", None),
    ("UPDATE 1-Nickel falls as talk of a Philippine ore export ban fades", "", None),
    ("LME aluminium eases; tariff risk largely priced in, brokers say", "", None),
    (
        "Tungsten APT prices flat as market digests last year's Chinese export controls",
        "",
        None,
    ),
    (
        "Aluminum Traders Rush Metal Into US Before Tariff Deadline",
        "Traders are racing to ship aluminium to American ports before higher duties apply "
        "next month.",
        None,
    ),
    ("Cobalt slumps as traders doubt Congo's export halt will last", "", None),
    ("Gallium prices ease as market adjusts to two years of Chinese export controls", "", None),
    ("Copper price rises ahead of Trump's August 1 tariff deadline", "", None),
    ("Aluminium Market Braces for Possible End of Canada's Tariff Exemption", "", None),
    ("Lithium carbonate futures jump on bets China may restrict exports", "", None),
    ("Copper's New York premium over London narrows as tariff bets unwind", "", None),
    (
        "Kitco: Gold's tariff premium in New York fades",
        "The gap between Comex and London prices has shrunk as fears that bullion would be "
        "caught by import duties receded.",
        None,
    ),
    ("Fastmarkets: European zinc premium stuck near lows despite looming EU duty probe", "", None),
    ("Magnesium prices in Europe climb on worries over Chinese supply curbs", "", None),
    ("Steel stocks rally as investors bet on tougher EU import quotas", "", None),
    ("Tin hits 2-year high as traders fret over Myanmar mining restart delays", "", None),
    ("Rare earth stocks soar on hopes of US stockpile orders", "", None),
    # near misses: a measure taken now, told in market framing, is an event
    (
        "Tin spikes as Indonesia halts tin ingot exports pending new rules",
        "",
        ("suspended", "ID", "*", False),
    ),
    (
        "UPDATE 1-Copper rises after US slaps 50% tariff on imports",
        "",
        ("tariff", "*", "US", False),
    ),
    ("Nickel surges as Indonesia bans ore exports", "", ("suspended", "ID", "*", False)),
    (
        "Aluminium premiums jump after Canada imposes 25% counter-tariffs on US aluminium",
        "",
        ("tariff", "US", "CA", False),
    ),
    (
        "Cobalt rallies as Congo extends export ban by three months",
        "",
        ("suspended", "CD", "*", False),
    ),
    ("Antimony prices leap after China bans exports to US", "", ("suspended", "CN", "US", False)),
    (
        "Gold falls as India cuts import duty to 6%",
        "Domestic prices dropped as the government lowered the levy in its budget.",
        ("resuming", "*", "IN", False),
    ),
    (
        "Zinc edges up after Bolivia suspends concentrate exports",
        "",
        ("suspended", "BO", "*", False),
    ),
    ("Palladium jumps as US bans imports of Russian metal", "", ("suspended", "RU", "US", False)),
    ("Copper slips as Zambia lifts export duty on concentrate", "", ("resuming", "ZM", "*", False)),
    ("Lithium Jumps After Zimbabwe Bans Raw Ore Exports", "", ("suspended", "ZW", "*", False)),
    (
        "Tungsten prices surge as Beijing adds metal to export control list",
        "",
        ("licensing", "CN", "*", False),
    ),
    ("European steel prices climb as EU tightens import quotas", "", ("quota", "*", "EU", False)),
]

#: (title, summary, want): kind 2, a company's own act (force majeure, a halt or cut of its
#: output or shipments, its prices) or a stoppage by strike, weather or logistics; near misses,
#: a government halting a flow, stay events.
COMPANY_ACTS: list[Any] = [
    ("Glencore declares force majeure on Kamoto cobalt shipments", "", None),
    ("UPDATE 1-Alcoa curtails output at Western Australian alumina refinery", "", None),
    (
        "Freeport halts copper concentrate shipments from Grasberg after mudslide",
        "The company said loading at its Amamapare port would stay suspended while crews clear "
        "the mine's access road.",
        None,
    ),
    ("Chilean port strike halts copper exports from Antofagasta", "", None),
    ("Floods cut rail link, stalling Mongolian copper exports to China", "", None),
    ("Rio Tinto suspends aluminium shipments from Icelandic smelter after power cut", "", None),
    ("Nornickel raises palladium prices for European buyers", "", None),
    ("South32 cuts Mozambique aluminium output as power shortage bites", "", None),
    ("Codelco declares force majeure on copper sales after tailings dam breach", "", None),
    ("Antofagasta Minerals suspends copper shipments as swells close Chilean ports", "", None),
    ("Hydro raises fourth-quarter aluminium premium offers to Japanese buyers", "", None),
    ("Nucor lifts steel plate prices by $40 a ton", "", None),
    ("China's Tsingshan stops nickel matte exports to focus on home market", "", None),
    ("Zijin halts exports from Serbian copper smelter for maintenance", "", None),
    ("Peru's Las Bambas halts copper shipments as protesters block road", "", None),
    ("Malaysian tin smelter stops exports after fire", "", None),
    ("Korea Zinc raises its zinc premium for Asian buyers to $200", "", None),
    ("Aurubis cuts copper cathode premium for 2027 European contracts", "", None),
    ("Mitsubishi Materials halts copper smelting at Naoshima after leak", "", None),
    ("Chinese copper smelters agree to cut output 10% next year", "", None),
    (
        "Bolivian tin miner Huanuni suspends exports amid wage strike",
        "The state-run mine said no concentrate would leave until workers return.",
        None,
    ),
    ("Port congestion in Durban delays South African platinum shipments", "", None),
    ("Indonesian nickel smelter halts shipments as ore supply runs short", "", None),
    ("Guinea bauxite exports slowed by heavy rains, port operator says", "", None),
    ("ArcelorMittal to idle Polish blast furnace, cutting steel output", "", None),
    ("Sibanye-Stillwater pauses Montana palladium mine, citing low prices", "", None),
    ("Rail outage halts South African iron ore exports from Saldanha", "", None),
    ("Trafigura stops buying Russian aluminium for its own reasons, sources say", "", None),
    ("Vale suspends nickel exports from New Caledonia plant amid unrest", "", None),
    ("Emirates Global Aluminium raises premium for US buyers on higher freight", "", None),
    ("Lithium miner Pilbara curbs spodumene shipments as prices slump", "", None),
    ("Chinese gallium producer halts overseas sales to fill domestic orders", "", None),
    ("Hurricane shuts Gulf Coast ports, halting US steel imports", "", None),
    # near misses: a government halting or curbing a flow is an event
    (
        "Guinea suspends bauxite exports by firms that failed to build refineries",
        "",
        ("suspended", "GN", "*", False),
    ),
    ("DR Congo halts cobalt exports for four months", "", ("suspended", "CD", "*", False)),
    (
        "Philippines orders halt to nickel ore shipments from Surigao",
        "",
        ("suspended", "PH", "*", False),
    ),
    (
        "Mali suspends gold exports by Barrick's Loulo-Gounkoto complex",
        "",
        ("suspended", "ML", "*", False),
    ),
    ("Malaysia bans exports of rare earth raw materials", "", ("suspended", "MY", "*", False)),
    ("Kazakhstan suspends zinc exports for six months", "", ("suspended", "KZ", "*", False)),
    (
        "Myanmar's Kachin authorities stop rare earth shipments to China",
        "",
        ("suspended", "MM", "CN", False),
    ),
    ("Ghana halts gold exports by small-scale miners", "", ("suspended", "GH", "*", False)),
]

#: (title, summary, want): kind 3, trade data and statistics, a measure named in passing as
#: their backdrop; near misses, a government acting now beside the figures, stay events.
TRADE_DATA: list[Any] = [
    ("China's copper imports fall 8% in October, customs data show", "", None),
    ("China's rare earth exports up 12 pct in first 10 months", "", None),
    ("Indonesia's nickel product exports hit record $3 billion in September", "", None),
    ("Peru's copper exports surge 20% on higher prices", "", None),
    ("UPDATE 1-Japan's aluminium imports from Russia dry up", "", None),
    ("US steel imports slump after 50% tariff", "", None),
    (
        "India's gold imports jump in November despite higher duty",
        "Imports rose to $9 billion as festival demand outweighed the higher levy, trade "
        "ministry data showed.",
        None,
    ),
    ("Chile's copper exports slide 5% year on year, central bank data show", "", None),
    ("South Korean steel exports to US plunge after tariff", "", None),
    ("Vietnam's steel exports to EU fall ahead of safeguard review", "", None),
    ("Canadian aluminium shipments to US drop to lowest since 2018", "", None),
    ("Germany's imports of Russian nickel shrink to zero", "", None),
    ("Philippine nickel ore shipments to China hit four-year low", "", None),
    ("Thai tin exports climb for third month", "", None),
    ("China's antimony exports collapse 97% under export controls", "", None),
    ("Australian lithium exports to China tumble 40%", "", None),
    ("Turkey's steel imports rise 10% in third quarter, TUIK data show", "", None),
    ("Mexico's steel imports from China jump despite 25% tariff", "", None),
    ("EU steel imports set record in quarter before quota reset", "", None),
    ("Russian aluminium flows to China reach record as Western buyers shun metal", "", None),
    ("Congo's cobalt exports drop 60% in first quarter of quota regime", "", None),
    ("Brazil's iron ore shipments rebound after rains", "", None),
    ("Japan's platinum imports from South Africa halve", "", None),
    ("India's aluminium scrap imports from UAE surge after duty cut", "", None),
    (
        "SMM: China's refined zinc imports dropped 30% MoM in October",
        "Imports fell as the import window stayed shut, SMM said.",
        None,
    ),
    ("Indonesia's bauxite shipments climb back to pre-ban levels", "", None),
    ("Kazakhstan's copper exports to China resume growth", "", None),
    ("China's germanium exports to US at zero for sixth month", "", None),
    ("US imports of Canadian aluminum slide as tariff takes toll", "", None),
    ("Gold exports from Ghana hit record as small miners formalise sales", "", None),
    (
        "Imports of Chinese steel into Vietnam dry up after anti-dumping duties",
        "Shipments fell to their lowest since 2020 in the month after the duties took effect.",
        None,
    ),
    # near misses: a government acting now, told beside the figures, is an event
    (
        "India imposes 12% safeguard duty on steel as imports surge",
        "",
        ("tariff", "*", "IN", False),
    ),
    (
        "Indonesia bans bauxite exports after shipments hit record",
        "",
        ("suspended", "ID", "*", False),
    ),
    (
        "US imposes anti-dumping duties on Vietnamese steel after imports triple",
        "",
        ("tariff", "VN", "US", False),
    ),
    ("Turkey raises steel import tariff as imports hit record", "", ("tariff", "*", "TR", False)),
    (
        "Philippines suspends nickel ore exports after shipments double",
        "",
        ("suspended", "PH", "*", False),
    ),
    (
        "China's tungsten exports slump as Beijing tightens export controls",
        "",
        ("licensing", "CN", "*", False),
    ),
]

#: (title, summary, want): kind 4, commentary (explainers, analysis, opinion, interviews,
#: podcasts, fact checks, anniversaries); near misses, an act told after a feature's label.
COMMENTARY: list[Any] = [
    ("Explainer: How Indonesia's nickel ore ban reshaped the battery supply chain", "", None),
    ("ANALYSIS-Copper tariffs: winners and losers across the Americas", "", None),
    ("Column: Aluminium tariffs hurt the very smelters they were meant to save", "", None),
    ("Q&A: What China's gallium curbs mean for chipmakers", "", None),
    ("Podcast: The metals week - tariffs, tin and Indonesian ore", "", None),
    ("Fact check: Did the US ban Russian aluminium imports? Not quite", "", None),
    ("One year after the ban: Zimbabwe's lithium gamble", "", None),
    ("Five years on, Indonesia's nickel export ban has paid off", "", None),
    ("Interview: Glencore chief says export curbs are reshaping cobalt", "", None),
    ("What the EU steel safeguard overhaul means for Turkish mills", "", None),
    ("Breakingviews - A copper tariff would be a self-inflicted wound", "", None),
    ("A decade since China's rare earth export quotas were struck down", "", None),
    ("FT Big Read: the global scramble after China's critical mineral controls", "", None),
    ("Commentary: Tariffs are the gold bull's best friend", "", None),
    ("How India's gold duty cut changed smuggling routes", "", None),
    ("Reality check: Will copper tariffs really bring back US smelting?", "", None),
    ("Mining.com podcast: why Congo's cobalt export halt matters", "", None),
    ("Chart of the day: aluminium premiums since the Section 232 tariffs", "", None),
    ("Long read: inside Guinea's bauxite export crackdown", "", None),
    ("Steel tariffs: the view from Pittsburgh", "", None),
    ("Letter: A copper tariff would hurt American manufacturers", "", None),
    ("Lessons from Indonesia's nickel ban for Africa's lithium exporters", "", None),
    ("Tracking China's antimony exports since the controls", "", None),
    ("Editorial: The Philippines should not copy Indonesia's ore ban", "", None),
    ("Why Congo's cobalt quota may not lift prices for long", "", None),
    ("Ask the expert: will Chile follow with lithium export curbs?", "", None),
    (
        "Insight: Zambia's copper export duty, three years on",
        "Miners say the levy scrapped in 2024 still shapes how they sell concentrate.",
        None,
    ),
    ("FACTBOX-Countries that have banned raw nickel exports", "", None),
    # near misses: an act told after a feature's label is the act
    # an xfail until an act after "Explainer:" was read as news
    # (``tui/engine/classifier_explainer_act.py``)
    ("Explainer: China bans gallium exports to US", "", ("suspended", "CN", "US", False)),
    pytest.param(
        "Q&A: US doubles steel tariffs to 50% - what you need to know",
        "",
        ("tariff", "*", "US", False),
        marks=pytest.mark.xfail(
            reason="a wire's explainer or analysis label vetoes whatever follows it (EXPLAINER_RE, test_classifier_kinds_57.py), unlike the feature labels after which an act stays news (README: 'Timeline: Congo extends cobalt export ban')",
            strict=True,
        ),
    ),
    # an xfail until an act after "Explainer:" was read as news
    # (``tui/engine/classifier_explainer_act.py``)
    (
        "Explainer: Mexico raises steel import tariffs to 50% for non-FTA countries",
        "",
        ("tariff", "*", "MX", False),
    ),
    pytest.param(
        "ANALYSIS-Congo extends cobalt export halt, leaving traders scrambling",
        "",
        ("suspended", "CD", "*", False),
        marks=pytest.mark.xfail(
            reason="a wire's explainer or analysis label vetoes whatever follows it (EXPLAINER_RE, test_classifier_kinds_57.py), unlike the feature labels after which an act stays news (README: 'Timeline: Congo extends cobalt export ban')",
            strict=True,
        ),
    ),
]

#: (title, summary, want): kind 5, legal action and enforcement against firms (seizures,
#: busts, fines for evasion, suits and rulings between companies); near misses, a
#: government's measure against smuggling or a court lifting a measure, stay events.
ENFORCEMENT: list[Any] = [
    ("Indian customs seize 20 kg of smuggled gold at Chennai airport", "", None),
    ("US fines steel importer $5 million for evading anti-dumping duties", "", None),
    ("Trader jailed for smuggling cobalt out of Congo", "", None),
    ("Glencore, Trafigura settle copper cargo lawsuit in London", "", None),
    ("Court rules for battery maker's supplier in nickel contract dispute", "", None),
    ("Chinese police bust antimony smuggling ring", "", None),
    (
        "Dutch customs seize aluminium cargo falsely declared as Malaysian",
        "Investigators said the metal was Russian and had been relabelled to avoid sanctions.",
        None,
    ),
    ("DOJ charges importers with transshipping Chinese aluminium through Vietnam", "", None),
    ("London court orders trader to pay $200 million over fake nickel cargoes", "", None),
    ("Indonesian police arrest 12 over illegal nickel ore exports", "", None),
    ("Peru seizes 3 tonnes of illegally mined gold bound for US", "", None),
    ("Zambian court halts sale of copper mine", "", None),
    ("Supreme Court hears importers' challenge to steel duties", "", None),
    ("Arbitration panel awards miner $1 billion in Tanzania nickel dispute", "", None),
    ("Investors sue aluminium producer over price-fixing", "", None),
    ("EU prosecutors probe customs fraud on Chinese steel imports", "", None),
    ("South African tax agency raids steel traders over duty evasion", "", None),
    ("Thai customs fines exporter for mislabelling tin shipments", "", None),
    ("Chilean court suspends Codelco lithium deal", "", None),
    ("Congolese soldiers seize cobalt trucks at Zambian border", "", None),
    ("US indicts executives for smuggling gallium to China", "", None),
    ("Importer pleads guilty to evading aluminium extrusion duties", "", None),
    ("LME sued by hedge fund over cancelled nickel trades", "", None),
    ("Customs officers stop silver shipment at Mexican port over paperwork", "", None),
    ("Swiss refiner fined for buying gold smuggled from Sudan", "", None),
    (
        "UPDATE 1-Steel importer loses appeal over anti-dumping duty bill",
        "The Court of International Trade upheld the duties assessed on the company's "
        "shipments of Chinese pipe.",
        None,
    ),
    # near misses: a government's measure, or a court lifting one, is an event
    ("Indonesia bans nickel ore exports to curb smuggling", "", ("suspended", "ID", "*", False)),
    (
        "Ghana halts gold exports by small miners to fight smuggling",
        "",
        ("suspended", "GH", "*", False),
    ),
    (
        "US imposes duties on Thai aluminium foil after evasion probe",
        "",
        ("tariff", "TH", "US", False),
    ),
    (
        "Kazakhstan bans copper scrap exports for six months to stop smuggling",
        "",
        ("suspended", "KZ", "*", False),
    ),
]

#: (title, summary, want): a second batch over the five kinds, written after the first change
#: and labelled before any engine read it, to estimate news the change was not written for.
SECOND_BATCH: list[Any] = [
    ("Nickel pares gains as Jakarta's ore export quota talk cools", "", None),
    ("UPDATE 3-Copper hovers near record as duty verdict nears", "", None),
    ("Aluminum Premium in Europe Slides as Sanctions Threat Recedes", "", None),
    (
        "Zinc treatment charges jump as smelters brace for Chinese export tax",
        "Spot charges rose to $120 a tonne; traders said a levy rumoured for next year was "
        "already in prices.",
        None,
    ),
    ("Gold bar premiums in India surge as buyers front-run budget", "", None),
    ("Kitco: Silver's tariff spread over London widens again", "", None),
    ("Platinum slips as market looks past Russian metal ban talk", "", None),
    ("Tin market calm a decade after Indonesia's ingot export rules", "", None),
    ("Anglo American Platinum declares force majeure after smelter explosion", "", None),
    ("Zambia's Mopani halts copper exports as floods wash out rail line", "", None),
    ("Albemarle trims lithium output at Chilean site on weak demand", "", None),
    ("Nornickel cuts nickel price for Chinese buyers by 5%", "", None),
    ("Chinese antimony smelter suspends shipments after environmental inspection", "", None),
    ("Striking dockers halt aluminium loadings at Brazilian port", "", None),
    ("Gabon's Comilog resumes ore exports after rail line repaired", "", None),
    ("China's steel exports to Southeast Asia hit monthly record", "", None),
    ("Indian copper imports from Japan triple after free-trade pact", "", None),
    ("US tin imports from Indonesia resume climb in third quarter", "", None),
    (
        "South Africa's platinum exports to China dwindle",
        "Shipments fell for a fifth month, customs figures showed.",
        None,
    ),
    ("Xinhua: China's tungsten exports drop 18 pct year on year", "", None),
    ("Vietnam's aluminium exports to US crash after anti-dumping duties", "", None),
    ("Two years on, China's gallium controls have rewired chip supply chains", "", None),
    ("The case against a US copper tariff", "", None),
    ("What Indonesia's nickel ban can teach Congo's cobalt planners", "", None),
    ("Podcast: Inside Congo's cobalt export quotas", "", None),
    ("Opinion | Zimbabwe's lithium ore ban has worked, so far", "", None),
    ("Malaysian customs officers seize tin ingot shipment at Penang port", "", None),
    ("Court orders Chinese firm to pay Australian miner over iron ore cargo", "", None),
    ("Police in Ghana arrest gold smugglers at Accra airport", "", None),
    ("Steel importer fined for dodging safeguard duties on Turkish rebar", "", None),
    # near misses: a government's measure, in the same framings
    (
        "Copper jumps after Chile imposes 10% export tax on concentrate",
        "",
        ("tariff", "CL", "*", False),
    ),
    ("Aluminium premiums soar as US doubles tariffs to 50%", "", ("tariff", "*", "US", False)),
    ("Zinc rallies as Peru halts concentrate exports", "", ("suspended", "PE", "*", False)),
    (
        "Indonesia halts nickel ore exports after floods hit mining hub",
        "",
        ("suspended", "ID", "*", False),
    ),
    (
        "Zambia resumes copper exports to Congo after lifting ban",
        "",
        ("resuming", "ZM", "CD", False),
    ),
    (
        "China's gallium exports slump as Beijing bans sales to US",
        "",
        ("suspended", "CN", "US", False),
    ),
    ("Five years on, Indonesia extends nickel ore export ban", "", ("suspended", "ID", "*", False)),
    (
        "Ghana bans gold exports by foreign traders after smuggling surge",
        "",
        ("suspended", "GH", "*", False),
    ),
]

#: (title, summary, want): a third batch over the five kinds, written after the second change
#: and labelled before any engine read it.
THIRD_BATCH: list[Any] = [
    ("METALS-Copper eyes weekly gain; investors look to Washington for duty signal", "", None),
    ("Aluminium Rises to Highest Since 2022 on Bets US Will Widen Levies", "", None),
    ("Nickel ore prices in Indonesia climb as miners wait on export quota approvals", "", None),
    ("Silver's Comex premium vanishes as import duty fears ease", "", None),
    ("Iron ore falls as Chinese steel export restrictions loom", "", None),
    ("Cobalt hydroxide payables ease as Congo's export ban anniversary approaches", "", None),
    ("Antimony trade stalls as buyers wait for Beijing's licence decisions", "", None),
    ("Tin prices hold near highs; Myanmar's Wa mining halt enters second year", "", None),
    ("Glencore's Mutanda halts cobalt shipments as road washes away", "", None),
    ("Century Aluminum curtails Kentucky smelter on power costs", "", None),
    ("Codelco suspends copper exports from Ventanas after leak", "", None),
    ("BHP halts iron ore loadings at Port Hedland as cyclone nears", "", None),
    ("Kazakh copper miner stops shipments to China over payment dispute", "", None),
    ("Jinchuan cuts nickel cathode prices by 2,000 yuan", "", None),
    ("Brazil's CBA raises aluminium ingot premium for domestic clients", "", None),
    ("China's unwrought aluminium exports rise for fourth month", "", None),
    ("India's steel imports from Korea jump 50% despite safeguard probe", "", None),
    ("US aluminium imports from Canada fall by a third under 50% tariff", "", None),
    ("Chile's lithium shipments to Korea soar in October", "", None),
    (
        "Japan's gold exports to Hong Kong plunge",
        "Shipments fell 70% from a year earlier, finance ministry data showed.",
        None,
    ),
    ("Philippines' nickel ore exports surge before rainy season", "", None),
    ("Russian palladium exports to US slow to a trickle", "", None),
    ("Analysis: Why Beijing's gallium curbs have not stopped smuggling", "", None),
    ("Three lessons from Zimbabwe's lithium ore export ban", "", None),
    ("A year later, US steel tariffs have not revived mills", "", None),
    ("Winners and losers from Indonesia's bauxite export ban", "", None),
    ("Fact check: No, Chile has not banned copper exports to the US", "", None),
    ("Interview with Congo mines minister on cobalt quota results", "", None),
    ("Rotterdam customs seize Russian aluminium cargo declared as Turkish", "", None),
    ("US court fines traders for dodging Chinese steel duties via Malaysia", "", None),
    ("Thai police arrest tin smugglers near Myanmar border", "", None),
    ("Nickel trader wins London lawsuit against Chinese buyer", "", None),
    # near misses: a government's measure, in the same framings
    # (first labelled a halt: "curbs" is a licensing word in the house's tables, as in
    # "BIS curbs germanium exports to India")
    ("Iron ore falls as China curbs steel exports", "", ("licensing", "CN", "*", False)),
    ("Copper eases as Peru lifts ban on concentrate exports", "", ("resuming", "PE", "*", False)),
    (
        "Nickel ore prices jump as Philippines bans raw ore exports",
        "",
        ("suspended", "PH", "*", False),
    ),
    (
        "India's steel imports slump after New Delhi imposes 12% safeguard duty",
        "",
        ("tariff", "*", "IN", False),
    ),
    (
        "Zimbabwe suspends lithium exports by miners behind on refinery plans",
        "",
        ("suspended", "ZW", "*", False),
    ),
    (
        "Brazil raises aluminium import tariff to 25% as imports jump",
        "",
        ("tariff", "*", "BR", False),
    ),
    ("Tin jumps as Indonesia suspends ingot exports", "", ("suspended", "ID", "*", False)),
    pytest.param(
        "Analysis of the week: Congo imposes cobalt export quotas",
        "",
        ("quota", "CD", "*", False),
        marks=pytest.mark.xfail(
            reason="an analysis heading before the colon vetoes the act after it, as an "
            "explainer's label does (kind 4's near misses)",
            strict=True,
        ),
    ),
]


@pytest.mark.parametrize(("title", "summary", "want"), MARKET_REPORTS, ids=case_ids(MARKET_REPORTS))
def test_a_market_report_on_a_measure_feared_or_past(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), COMPANY_ACTS, ids=case_ids(COMPANY_ACTS))
def test_a_companys_own_act_or_a_stoppage(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), TRADE_DATA, ids=case_ids(TRADE_DATA))
def test_trade_data_with_a_measure_in_passing(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), COMMENTARY, ids=case_ids(COMMENTARY))
def test_commentary_on_a_measure(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), ENFORCEMENT, ids=case_ids(ENFORCEMENT))
def test_legal_action_and_enforcement_against_firms(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), SECOND_BATCH, ids=case_ids(SECOND_BATCH))
def test_a_second_batch_of_the_five_kinds(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)


@pytest.mark.parametrize(("title", "summary", "want"), THIRD_BATCH, ids=case_ids(THIRD_BATCH))
def test_a_third_batch_of_the_five_kinds(title: str, summary: str, want: Want) -> None:
    check_kind(title, summary, want)
