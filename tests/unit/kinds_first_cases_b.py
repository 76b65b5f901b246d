"""Cases of ``test_classifier_kinds.py`` (CASES), labelled before the engine read them; the kinds,
first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

from kinds_cases import Want

#: CASES, continued.
CASES_2: list[tuple[str, str, Want]] = [
    (
        "Beijing bars imports of Peruvian copper concentrate",
        "",
        ("suspended", "PE", "CN", False),
    ),  # more
    ("India curbs imports of Indonesian nickel", "", ("licensing", "ID", "IN", False)),  # more
    (
        "Tin jumps after Indonesia halts tin exports from Bangka",
        "",
        ("suspended", "ID", "*", False),
    ),  # more
    (
        "Copper rallies as Panama orders halt to mine exports",
        "",
        ("suspended", "PA", "*", False),
    ),  # more
    ("Nickel eases as Philippines weighs ore export ban", "", None),  # more
    ("Zinc falls after Peru says no plan to curb exports", "", None),  # more
    ("Indonesia again delays nickel ore export ban", "", None),  # more
    (
        "US extends suspension of 25% copper tariff by 60 days",
        "",
        ("resuming", "*", "US", False),
    ),  # more
    ("Is Indonesia's nickel export ban working?", "", None),  # more
    ("Congo to suspend cobalt exports, sources say", "", ("suspended", "CD", "*", True)),  # more
    (
        "China readies restrictions on rare earth exports",
        "",
        ("licensing", "CN", "*", True),
    ),  # more
    (
        "EU adopts 14th sanctions package including Russian aluminium ban",
        "",
        ("suspended", "RU", "EU", False),
    ),  # more
    (
        "Brazil retaliates against US steel tariffs with duties on American goods",
        "",
        ("tariff", "US", "BR", False),
    ),  # more
    ("Ottawa hits back with tariffs on US aluminium", "", ("tariff", "US", "CA", False)),  # more
    (
        "South Korea adds silver exporters to state trading list",
        "",
        ("licensing", "KR", "*", False),
    ),  # more
    ("EU extends steel safeguard measures by two years", "", ("quota", "*", "EU", False)),  # more
    (
        "Copper rises as China halts stimulus talk",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Gold climbs as Fed pauses rate hikes",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Aluminium falls after US imposes tariffs on Chinese goods",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Nickel slips as Indonesia weighs export curbs",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Silver jumps as traders bet on Fed cut",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Copper hits record as Chile mine strike halts output",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Zinc rallies after smelter halts production",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Lithium stocks slump as Albemarle suspends expansion",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Tin prices soar after Myanmar mine closure",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Gold surges as Trump threatens new tariffs on Europe",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Copper falls as China bans crypto mining",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Cobalt steady as Congo talks continue",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Steel stocks rise after EU extends talks with US",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Will China ban rare earth exports again?",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Why Indonesia's nickel ban matters",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Explainer: How China's gallium controls work",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Congo delays decision on cobalt export quota",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Indonesia postpones nickel smelter deadline",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Glencore halts copper shipments from Zambia mine after accident",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Copper miners call for export tax cut",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Rio Tinto wins export permit for Mongolian copper mine",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Gold bar demand surges in India",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Chile's copper output falls 5% in March",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "US steel prices jump to record on tariff bets",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Aluminium premiums soar in Japan amid supply worries",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Palladium slides as Russia supply fears ease",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "China's copper imports fall in May",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "India's gold imports jump ahead of wedding season",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Zinc smelter in Peru resumes operations",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Nickel price crash prompts LME to halt trading",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Copper traders rush to ship metal to US before tariff deadline",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Peru protesters block road, halting copper shipments",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Lithium carbonate prices rebound as CATL halts mine",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Has the copper tariff trade run its course?",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Fact-check: Viral post claims India banned gold imports",
        "",
        None,
    ),  # no event: market, company, question or explainer
    (
        "Nickel jumps as Indonesia halts ore exports to curb smuggling",
        "",
        ("suspended", "ID", "*", False),
    ),  # a measure inside market framing
    (
        "Aluminium climbs after US doubles tariffs on aluminium imports to 50%",
        "",
        ("tariff", "*", "US", False),
    ),  # a measure inside market framing
    (
        "Cobalt soars after Congo extends export ban by three months",
        "",
        ("suspended", "CD", "*", False),
    ),  # a measure inside market framing
    (
        "Rare earth stocks rally as China imposes export controls on seven elements",
        "",
        ("licensing", "CN", "*", False),
    ),  # a measure inside market framing
    (
        "Copper slides after Trump exempts refined copper from tariffs",
        "",
        ("resuming", "*", "US", False),
    ),  # a measure inside market framing
    (
        "UPDATE 2-China to restrict exports of chipmaking metals gallium and germanium",
        "",
        ("licensing", "CN", "*", False),
    ),  # wire phrasing of a real event
    (
        "China bans exports of gallium, germanium, antimony to US",
        "",
        ("suspended", "CN", "US", False),
    ),  # wire phrasing of a real event
    (
        "EXCLUSIVE-Indonesia plans to ban bauxite exports from June 2023 - sources",
        "",
        ("suspended", "ID", "*", True),
    ),  # wire phrasing of a real event
    (
        "Indonesia to ban bauxite exports from June 2023",
        "",
        ("suspended", "ID", "*", False),
    ),  # wire phrasing of a real event
    (
        "Zimbabwe bans export of raw lithium ore",
        "",
        ("suspended", "ZW", "*", False),
    ),  # wire phrasing of a real event
    (
        "Congo suspends cobalt exports for four months",
        "",
        ("suspended", "CD", "*", False),
    ),  # wire phrasing of a real event
    (
        "Congo extends cobalt export suspension by three months",
        "",
        ("suspended", "CD", "*", False),
    ),  # wire phrasing of a real event
    (
        "Congo to replace cobalt export ban with quotas from October",
        "",
        ("quota", "CD", "*", False),
    ),  # wire phrasing of a real event
    (
        "Trump raises tariffs on steel and aluminum imports to 50%",
        "",
        ("tariff", "*", "US", False),
    ),  # wire phrasing of a real event
    (
        "Trump imposes 50% tariff on copper imports from Aug 1",
        "",
        ("tariff", "*", "US", False),
    ),  # wire phrasing of a real event
    (
        "US exempts refined copper from 50% tariff",
        "",
        ("resuming", "*", "US", False),
    ),  # wire phrasing of a real event
    (
        "China suspends ban on gallium, germanium exports to US",
        "",
        ("resuming", "CN", "US", False),
    ),  # wire phrasing of a real event
    (
        "China lifts ban on exports of gallium and germanium to US",
        "",
        ("resuming", "CN", "US", False),
    ),  # wire phrasing of a real event
    (
        "China tightens export controls on rare earths",
        "",
        ("licensing", "CN", "*", False),
    ),  # wire phrasing of a real event
    (
        "China adds graphite to export permit list",
        "",
        ("licensing", "CN", "*", False),
    ),  # wire phrasing of a real event
    (
        "EU imposes anti-dumping duties on Chinese aluminium foil",
        "",
        ("tariff", "CN", "EU", False),
    ),  # wire phrasing of a real event
    (
        "Canada imposes 25% tariffs on US steel, aluminium",
        "",
        ("tariff", "US", "CA", False),
    ),  # wire phrasing of a real event
    (
        "Mexico slaps tariffs on US steel in retaliation",
        "",
        ("tariff", "US", "MX", False),
    ),  # wire phrasing of a real event
    (
        "India imposes 12% safeguard duty on some steel imports",
        "",
        ("tariff", "*", "IN", False),
    ),  # wire phrasing of a real event
    (
        "Malaysia to ban export of raw rare earths",
        "",
        ("suspended", "MY", "*", False),
    ),  # wire phrasing of a real event
    (
        "Philippines lawmakers drop proposed ban on nickel ore exports",
        "",
        None,
    ),  # wire phrasing of a real event
    ("Indonesia denies plan to ban nickel exports", "", None),  # wire phrasing of a real event
    (
        "US bans imports of Russian aluminium, copper and nickel",
        "",
        ("suspended", "RU", "US", False),
    ),  # wire phrasing of a real event
    (
        "UK bans imports of Russian silver and platinum",
        "",
        ("suspended", "RU", "GB", False),
    ),  # wire phrasing of a real event
    ("Kazakhstan weighs ban on scrap metal exports", "", None),  # wire phrasing of a real event
]
