"""Cases of ``test_classifier_kinds_37.py`` (VERDICTS, FIGURES, RECALLED, RISKED, ASKED, REPORTS,
INQUIRIES, DEBATES, CONTROLS, OTHER_GOODS, POLLS, ROUTES), labelled before the engine read them;
the kinds, first-time counts and fixes are in that module's docstring."""

from __future__ import annotations

import pytest
from kinds_cases import Want

#: Why the kind of a measure on other goods was left: a rule for it (the measure's clause
#: naming goods and no metal, the metal after a break with its market or "unaffected") lost a
#: labelled measure on a set never studied (its row not read), so it was dropped. Session 27's
#: rule reads six of the eight (see the module's docstring); two stay xfail.
_OTHER = (
    "a measure on other goods, the metal beside it: left, a rule for it lost a labelled "
    "measure on an unseen set"
)


#: (title, summary, want): kind 1, a verdict on a measure.
VERDICTS: list[tuple[str, str, Want]] = [
    ("Chile's Copper Export Tax: A Costly Mistake", "", None),
    ("Indonesia's bauxite export ban: bad for miners, worse for the economy", "", None),
    ("Trump's 50% tariff on copper: Chile fears a glut at home", "", None),
    ("Indonesia's nickel ore export ban: smelters cheer, miners fret", "", None),
    ("EU steel safeguard quotas: a blow to Turkish mills", "", None),
    ("Philippine nickel ore export ban: the wrong answer to a real problem", "", None),
    ("China's gallium export controls: Japan worries about supply", "", None),
    ("Steel tariffs are a tax on American workers", "", None),
    ("Indonesia's nickel ore ban is a gift to Chinese smelters", "", None),
    ("China's graphite export curbs are a warning to the West", "", None),
    ("The EU's steel safeguard was a mistake, auditors say", "", None),
    ("Zambia's copper export duty is a tax on its own miners", "", None),
    ("New report shows US aluminium tariffs cost 20,000 jobs", "", None),
    ("Research: Zambia's copper export duty cut government revenue", "", None),
    # already right, and kept
    ("Zimbabwe's lithium export ban: a boon for Chinese refiners", "", None),
    ("US tariffs on Canadian aluminium: winners and losers", "", None),
    ("Study finds nickel export bans backfire on the producers that impose them", "", None),
    ("Export curbs on gallium hurt China more than the West, paper finds", "", None),
    # measures: the heading's terms or an act after the colon, a measure stated with "is"
    (
        "China's gallium export controls: exporters must apply for licences",
        "",
        ("licensing", "CN", "*", False),
    ),
    ("US copper tariffs: Trump sets 50% rate from August 1", "", ("tariff", "*", "US", False)),
    (
        "Indonesia's nickel ore export ban: Jakarta brings it forward to January",
        "",
        ("suspended", "ID", "*", False),
    ),
    (
        "Indonesia's nickel ore ban is back in force from Monday",
        "",
        ("suspended", "ID", "*", False),
    ),
    ("Chile's new copper export tax takes effect", "", ("tariff", "CL", "*", False)),
]


#: (title, summary, want): kind 2, trade figures under a measure.
FIGURES: list[tuple[str, str, Want]] = [
    ("12% of Vietnam's steel exports to US now subject to anti-dumping duties", "", None),
    (
        "One in ten EU exports to US subject to steel and aluminium tariffs, statistics "
        "office says",
        "",
        None,
    ),
    ("South Africa's platinum exports to US drop 20% under new tariff", "", None),
    ("Vietnam's steel exports to the EU drop 12% under safeguard quota", "", None),
    ("Zambia exported no cobalt in May as Congo export ban bites", "", None),
    # already right, and kept
    ("Half of Canada's aluminium shipments subject to US tariffs, data show", "", None),
    ("Chile's copper exports to China rise despite Beijing's import duties", "", None),
    ("Russian aluminium imports into Japan slump 40% since sanctions", "", None),
    ("US aluminium imports from Canada fall 30% after tariffs", "", None),
    ("Chinese gallium exports slump to zero as export curbs bite", "", None),
    ("South Korean copper shipments to US jump 50% ahead of tariff deadline", "", None),
    ("Russian palladium imports into Japan hit record despite sanctions", "", None),
    # measures: a government subjects goods to a duty, a flow stopped while prices move
    (
        "US subjects Vietnamese steel to anti-dumping duties of 25%",
        "",
        ("tariff", "VN", "US", False),
    ),
    ("China halts copper imports from Chile", "", ("suspended", "CL", "CN", False)),
    ("China halts gallium exports as curbs tighten", "", ("suspended", "CN", "*", False)),
    ("Indonesia bans nickel exports as prices fall", "", ("suspended", "ID", "*", False)),
]


#: (title, summary, want): kind 3, a measure of years ago recalled.
RECALLED: list[tuple[str, str, Want]] = [
    ("Two years after Zimbabwe's lithium ore export ban, refineries multiply", "", None),
    ("A decade after Indonesia banned nickel ore exports, Jakarta eyes copper", "", None),
    ("Five years after Indonesia's nickel ore export ban, smelters boom", "", None),
    ("US steelmakers still profit from 2018 aluminium and steel tariffs", "", None),
    # already right, and kept
    ("Ten years on from China's rare earth quotas, Japan has diversified supply", "", None),
    ("Since the 2018 steel tariffs, US mills have added 5 million tons of capacity", "", None),
    ("Indian aluminium makers still reap gains from 2019 import duties", "", None),
    ("The 2002 steel safeguard tariffs cost 200,000 jobs, study says", "", None),
    ("A year on from Trump's steel tariffs, US mills struggle", "", None),
    ("Ten years since China's rare earth export quotas", "", None),
    ("Remembering the 2002 steel safeguard tariffs", "", None),
    # measures: a new act after the comma, the old measure raised, reimposed or extended
    (
        "Two years after ban, Zimbabwe lifts lithium ore export curbs",
        "",
        ("resuming", "ZW", "*", False),
    ),
    (
        "A year after ban, Indonesia lifts nickel ore export curbs",
        "",
        ("resuming", "ID", "*", False),
    ),
    ("US reimposes 2018 aluminium tariffs on Canada", "", ("tariff", "CA", "US", False)),
    ("Trump extends 2018 steel tariffs to derivative products", "", ("tariff", "*", "US", False)),
]


#: (title, summary, want): kind 4, a measure risked, escaped, hoped for or denied.
RISKED: list[tuple[str, str, Want]] = [
    ("Brazil and US talks stall, risking new tariffs on Brazilian steel", "", None),
    ("Swiss gold bars might not face US duties after all", "", None),
    ("Mexican steel may escape US tariffs after all", "", None),
    ("Peru's copper exports may not face US levies after all", "", None),
    ("Korea's bid for zero tariff on copper exports to US falls flat", "", None),
    # already right, and kept
    ("Australia's hopes for steel tariff exemption dashed", "", None),
    ("Canadian hopes of aluminium tariff relief fade", "", None),
    ("White House: no tariffs on imported gold bars", "", None),
    ("Canadian aluminium won't face new US duties, official says", "", None),
    ("Trump says there will be no tariff on silver", "", None),
    ("Australian nickel will not be hit by EU export duties, minister says", "", None),
    # measures
    (
        "US tariffs on Australian steel take effect as hopes of exemption fade",
        "",
        ("tariff", "AU", "US", False),
    ),
    ("EU imposes tariffs on US steel after talks stall", "", ("tariff", "US", "EU", False)),
    ("US imposes tariffs on copper with no exemptions", "", ("tariff", "*", "US", False)),
]


#: (title, summary, want): kind 5, relief asked for (and sought, already right).
ASKED: list[tuple[str, str, Want]] = [
    ("Japan's trade minister asked the US to exclude Japan from steel tariffs", "", None),
    ("Seoul requested Washington exclude Korean steel from quotas", "", None),
    # already right, and kept
    ("Australia asked the US to exempt its aluminium from new duties", "", None),
    ("Ottawa had asked Washington to spare Canadian copper from tariffs", "", None),
    ("Turkish exporters requested the EU exempt their steel from safeguard quotas", "", None),
    ("Brazil requests US exempt its steel from new tariffs", "", None),
    ("Korea urged Washington to spare its aluminium from Section 232 tariffs", "", None),
    ("Canadian premier asks Trump to exempt Canada's aluminium from tariffs", "", None),
    ("Mexico wants its steel excluded from US tariffs", "", None),
    ("US seeks exemption from EU carbon levy on steel to end tariff row", "", None),
    ("Australia requests exemption from US aluminium tariffs to protect smelter jobs", "", None),
    ("UK presses for waiver of US steel duties before deadline", "", None),
    ("India asks for exclusion of its steel from EU safeguard quotas", "", None),
    ("Korea lobbies for relief from US copper tariffs to end dispute", "", None),
    # measures: relief granted
    ("US exempts Australian steel from tariffs", "", ("resuming", "AU", "US", False)),
    ("Japan wins exemption from US steel tariffs", "", ("resuming", "JP", "US", False)),
    ("EU exempted Turkish steel from safeguard quotas", "", ("resuming", "TR", "EU", False)),
    ("US grants Australia exemption from aluminium tariffs", "", ("resuming", "AU", "US", False)),
    ("EU grants India exclusion from steel safeguard quotas", "", ("resuming", "IN", "EU", False)),
    pytest.param(
        "US excluded Japanese steel from tariffs after request",
        "",
        ("resuming", "JP", "US", False),
        marks=pytest.mark.xfail(
            reason="'excluded ... from' is not read as a release (no event before the change "
            "either): a miss, not this kind",
            strict=True,
        ),
    ),
]


#: (title, summary, want): kind 6, a market report dated by its year.
REPORTS: list[tuple[str, str, Want]] = [
    ("Global Lithium Market Report 2030: export controls reshape supply", "", None),
    ("Nickel Industry Forecast to 2032: Indonesian Export Ban, Smelter Capacity", "", None),
    ("Tungsten market size, share and forecast 2025-2033: Chinese export quotas", "", None),
    # already right, and kept
    ("Cobalt Market Outlook 2027: Export Bans and Price Forecast", "", None),
    ("Copper Supply Chain 2026: Tariffs and Trade Flows", "", None),
    # measures dated by a year
    ("China to ban gallium exports to US from 2026", "", ("suspended", "CN", "US", False)),
    (
        "Indonesia sets 2026 nickel ore export quota at 150 million tonnes",
        "",
        ("quota", "ID", "*", False),
    ),
]


#: (title, summary, want): kind 7, an investigation that could lead to a measure.
INQUIRIES: list[tuple[str, str, Want]] = [
    ("EU launches investigation that may result in duties on Chinese aluminium", "", None),
    ("US begins inquiry into tin imports that could bring new tariffs", "", None),
    ("India's DGTR starts anti-dumping probe that may lead to duties on Chinese zinc", "", None),
    # already right, and kept
    ("Commerce opens probe that could lead to tariffs on nickel", "", None),
    ("Canada starts review which could end in safeguard quotas on steel imports", "", None),
    # measures after an investigation: misread before the change and still (not this kind)
    pytest.param(
        "Probe ends with US tariffs on Vietnamese steel",
        "",
        ("tariff", "VN", "US", False),
        marks=pytest.mark.xfail(
            reason="'ends with' is read as a release, proposed (so before the change)",
            strict=True,
        ),
    ),
    # read right from session 25: a fronted clause is set aside before the place's main
    # clause (``tui/engine/classifier_lead_in.py``)
    (
        "After investigation, EU imposes duties on Chinese aluminium",
        "",
        ("tariff", "CN", "EU", False),
    ),
]


#: (title, summary, want): kind 8, a debate, row or backlash over a measure.
DEBATES: list[tuple[str, str, Want]] = [
    ("Debate over Indonesia's nickel export ban heats up", "", None),
    ("Pandemic intensifies debate over EU steel import quotas", "", None),
    ("Row over Zambia's copper export tax deepens", "", None),
    ("Controversy grows over US aluminium tariffs on Canada", "", None),
    ("Backlash over China's graphite export controls spreads", "", None),
    # measures taken beside a row or a debate
    (
        "Zambia scraps copper export tax after row with miners",
        "",
        ("resuming", "ZM", "*", False),
    ),
    ("Indonesia bans bauxite exports despite debate", "", ("suspended", "ID", "*", False)),
]


#: (title, summary, want): kind 9, "control" that is no trade control: a share of world supply
#: held, or a control of something else (pollution, emissions).
CONTROLS: list[tuple[str, str, Want]] = [
    ("Indonesia could control 60% of world nickel supply by 2030", "", None),
    ("Russia controls 40 percent of global palladium", "", None),
    ("Emission control rules force aluminium smelter to cut output", "", None),
    # already right, and kept
    ("China controls a third of global lithium refining", "", None),
    ("Congo to control half the world's cobalt output", "", None),
    ("Chile may control a quarter of the copper market by 2030", "", None),
    ("State pollution control board grants permit to copper smelter", "", None),
    ("Minnesota Pollution Control Agency approves permits for nickel mine", "", None),
    # measures: controls of exports, and quality control measures on imports (a real set
    # labels them licensing)
    ("China to control graphite exports from December", "", ("licensing", "CN", "*", False)),
    ("China controls exports of gallium and germanium", "", ("licensing", "CN", "*", False)),
    (
        "India imposes quality control measures on aluminium imports",
        "",
        ("licensing", "*", "IN", False),
    ),
]


#: (title, summary, want): looked at and left: a measure on other goods, the metal only
#: beside it (a metal word as a modifier, "steel-toe boots", is one); and measures beside them.
OTHER_GOODS: list = [
    pytest.param(
        "Japan sets quota on tuna catch as nickel prices rise",
        "",
        None,
        marks=pytest.mark.xfail(reason=_OTHER, strict=True),
    ),
    ("China bans imports of Japanese seafood; copper steady", "", None),
    ("Indonesia bans palm oil exports, nickel unaffected", "", None),
    ("Philippines bans rice imports; nickel ore shipments continue", "", None),
    ("Vietnam raises tariffs on Chinese textiles as copper rallies", "", None),
    ("EU sets quotas on Ukrainian grain, while steel trade unaffected", "", None),
    ("Canada slaps surtax on US whiskey as aluminium prices climb", "", None),
    pytest.param(
        "US raises tariffs on steel-toe work boots from China",
        "",
        None,
        marks=pytest.mark.xfail(reason=_OTHER, strict=True),
    ),
    # already right, and kept
    ("US bans Chinese drones; aluminium steady", "", None),
    ("Steel-toe boot maker hit by footwear tariffs", "", None),
    (
        "US imposes tariffs on Canadian goods, including aluminium",
        "",
        ("tariff", "CA", "US", False),
    ),
    ("Indonesia bans exports of nickel ore and bauxite", "", ("suspended", "ID", "*", False)),
    ("Mexico raises tariffs on textiles and steel", "", ("tariff", "*", "MX", False)),
    (
        "India bans rice exports, raises gold import duty",
        "",
        ("tariff", "*", "IN", False),
    ),
]


#: (title, summary, want): kind 10, a poll's or a survey's finding on a measure; with views,
#: calls, hearings and petitions already read right.
POLLS: list[tuple[str, str, Want]] = [
    ("Voters back ban on gold exports in Ghana survey", "", None),
    ("Poll shows Chileans back copper export tax", "", None),
    # already right, and kept
    ("Poll: most Americans oppose tariffs on Canadian aluminium", "", None),
    ("Should Indonesia ban bauxite exports?", "", None),
    ("Editorial: Chile should not tax copper exports", "", None),
    ("Nucor says steel tariffs largely positive for US mills", "", None),
    ("Glencore calls cobalt export ban harmful", "", None),
    ("Rio Tinto says aluminium tariffs manageable", "", None),
    ("Alcoa CEO: aluminium tariffs counterproductive", "", None),
    ("Senate hearing on aluminium tariffs set for Tuesday", "", None),
    ("Miners petition government to lift nickel ore export ban", "", None),
    ("Steel lobby writes to Commerce seeking quotas on Vietnamese imports", "", None),
    ("Company files request for exclusion from steel tariffs", "", None),
    # measures: a government's word on its own measure
    ("US says steel tariffs effective from March 12", "", ("tariff", "*", "US", False)),
    (
        "EU says steel safeguard necessary, extends quotas to 2026",
        "",
        ("quota", "*", "EU", False),
    ),
]


#: (title, summary, want): looked at, already right: a route, a port or a crossing that
#: reopens on its own (operations), beside a government's reopening.
ROUTES: list[tuple[str, str, Want]] = [
    ("Key copper trucking route reopens between Zambia and Congo", "", None),
    ("Cobalt corridor to Dar es Salaam reopens after floods", "", None),
    ("Zinc rail line to Antofagasta reopens after landslide", "", None),
    ("Border crossing for Mongolian copper trucks reopens after snow", "", None),
    (
        "Congo lifts cobalt export ban, reopening trade route",
        "",
        ("resuming", "CD", "*", False),
    ),
    pytest.param(
        "China reopens border to Mongolian copper imports after ban",
        "",
        ("resuming", "MN", "CN", False),
        marks=pytest.mark.xfail(
            reason="the demonym before the imports is not read as their origin (so before the "
            "change): a miss, not this kind",
            strict=True,
        ),
    ),
]
