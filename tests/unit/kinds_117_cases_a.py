"""Non-measures of ``test_classifier_kinds_117.py``, first part: two paraphrases each of 35 studied
rows of metals news labelled no event that name a measure word and that the engine read right, in
other outlets' styles. Labelled (the row's own label, no event) before the engine read them; the
kinds, first-time counts and changes are in that module's docstring.

Each case is ``(title, summary, want)``, ``want`` as ``tests/unit/kinds_exact.py`` reads it:
``None`` for no event. The comment before each pair names the studied row it paraphrases.
"""

from __future__ import annotations

from typing import Any

#: (title, summary, want): paraphrases of the first 35 metals-news rows picked.
NON_MEASURES: list[Any] = [
    # rho-130
    ("Customs duties on scrap and finished goods divide aluminium sector", "", None),
    ("Aluminium makers at odds: should scrap and finished products pay import duty?", "", None),
    # rhl-048
    (
        "Scrap import duty on ferronickel and scrap in budget, India's stainless steel mills ask",
        "",
        None,
    ),
    ("Budget wishlist: stainless steel makers want duty on ferronickel, scrap removed", "", None),
    # rho-119
    ("Despite US tariff, Quebec's aluminium smelters hold up better than feared", "", None),
    (
        "U.S. tariff has not broken Quebec aluminum smelters, which prove more resilient than expected",
        "",
        None,
    ),
    # rhm-067
    (
        "Mexico's steel tariffs and traceability rules should ease US concerns, says economy minister",
        "",
        None,
    ),
    (
        "Official: the tariffs and tracing rules Mexico applies on steel imports ought to satisfy Washington",
        "",
        None,
    ),
    # rw2-086
    (
        "Philippines ends nine-year ban on new mineral agreements",
        "The lifting of the moratorium by President Duterte is expected to revive copper and gold projects, the mines bureau said.",
        None,
    ),
    (
        "Ban on new mining deals lifted by Duterte after nine years -- copper, gold projects seen reviving",
        "",
        None,
    ),
    # rhf-025
    (
        "Industry bodies urge review of gold import duty hike, warning it will fuel smuggling",
        "",
        None,
    ),
    ("Gold duty increase will only feed smuggling, say trade bodies seeking a rethink", "", None),
    # rhm-043
    (
        "Carmakers lobby Beijing for rare earth magnet export permits as production outages loom",
        "",
        None,
    ),
    (
        "Auto industry delegations seek emergency meetings in Beijing to clear magnet licence backlog",
        "The backlog built up after China imposed export curbs on rare earth magnets in April.",
        None,
    ),
    # rhl-170
    ("Hindustan Zinc chief wants higher customs duty on zinc imports in Budget 2024", "", None),
    (
        "Budget 2024: raise basic customs duty on zinc imports, urges Hindustan Zinc's Arun Misra",
        "",
        None,
    ),
    # rw-085
    ("China lifts first 2024 rare earth mining quota 12.5%", "", None),
    ("Rare earth mining quota for first batch of 2024 increased by 12.5% by Beijing", "", None),
    # rw4-087
    ("Rio Tinto's lithium exploration licences revoked by Serbia following protests", "", None),
    ("After mass protests, Serbia cancels Rio Tinto lithium exploration permits", "", None),
    # rhr-165
    (
        "No national security tariffs on rare earth magnets from China, Japan, EU, US decides",
        "",
        None,
    ),
    ("Washington rules out Section 232 tariffs on rare earth magnet imports", "", None),
    # rhd-125
    ("First Australian copper shipment to China since 2020 raises hopes ban is ending", "", None),
    (
        "Is China's ban on Australian copper ending? Ore exports resume for first time since 2020",
        "",
        None,
    ),
    # rhn-168
    (
        "What the EU's provisional anti-dumping duties on Chinese aluminium extrusions mean",
        "",
        None,
    ),
    ("Impact assessment: EU temporary AD duties on aluminium extrusions from China", "", None),
    # twf-027
    (
        "Rebar From Mexico and Turkey: Commission Determinations in Five-Year Reviews",
        "The ITC determines that revoking the countervailing duty order on rebar from Turkey and the antidumping duty order on rebar from Mexico would likely lead to continued or recurring material injury.",
        None,
    ),
    (
        "ITC: lifting duty orders on Mexican, Turkish steel rebar would likely renew injury",
        "",
        None,
    ),
    # rhm-024
    ("Gold weekly outlook: Fed easing signals and tariffs set up a breakout", "", None),
    ("Gold price forecast - breakout seen as tariffs, Fed signals drive haven demand", "", None),
    # rhz-088
    (
        "Premarket movers: US Steel, McDonald's, Rockwell up; Hyatt down",
        "US stock futures rose as investors digested President Trump's reported plan for a blanket 25% tariff on all steel and aluminum imports.",
        None,
    ),
    ("US Steel among premarket gainers as Hyatt Hotels slips", "", None),
    # rhx-093
    ("Trump stands by tariffs, hints they could go higher", "", None),
    ("Tariffs may rise further, Trump says in their defence", "", None),
    # rhy-124
    ("Many countries to feel US steel and aluminium tariffs", "", None),
    ("Who is hit by US steel, aluminum tariffs? Many countries, derivatives list shows", "", None),
    # rhf-042
    (
        "Power cuts batter Iran's steel industry",
        "The Interior Ministry restricted electricity supply to some steel and cement producers by 90%.",
        None,
    ),
    ("Iran steelmakers hit as electricity supply restricted by 90%", "", None),
    # rhb-072
    ("Chinese aluminium faces Vietnamese anti-dumping probe", "", None),
    (
        "Vietnam MoIT opens AD investigation on aluminium from China; provisional duty of up to 35.8% possible",
        "",
        None,
    ),
    # rha-135
    (
        "Von der Leyen: unjustified US tariffs will meet firm, proportionate EU countermeasures",
        "",
        None,
    ),
    ("US tariffs will not go unanswered, Brussels pledges", "", None),
    # twf-095
    ("Hot-rolled steel from Japan, China targeted in Korean anti-dumping probe", "", None),
    (
        "Korea Trade Commission initiates AD investigation into Japanese, Chinese hot-rolled steel",
        "",
        None,
    ),
    # rhd-043
    ("Chile closes anti-dumping probe on Chinese steel grinding balls", "", None),
    ("Chinese grinding balls: Chile's CNDP terminates dumping investigation", "", None),
    # rhz-087
    ("Thyssenkrupp sees only limited impact from US steel tariffs, spokesman says", "", None),
    ("Market Talk: US steel tariffs barely touch Thyssenkrupp", "", None),
    # rho-091
    ("Steel ETFs poised to gain from Trump's metals tariffs", "", None),
    ("Metal tariffs could lift US steel ETFs -- the top picks", "", None),
    # rha-125
    (
        "Commerce issues affirmative final determinations in aluminum extrusions AD/CVD probes",
        "",
        None,
    ),
    (
        "Aluminum Extrusions From 14 Trading Partners: Final Affirmative AD/CVD Determinations",
        "",
        None,
    ),
    # rhf-119
    ("Sanctions slow Iran's steel slab and billet exports to a crawl", "", None),
    ("Iranian semis export market sluggish after US sanctions on steel trade", "", None),
    # rhu-115
    ("Gulf Cooperation Council opens steel safeguard probe", "", None),
    ("Steel products face GCC safeguard investigation", "", None),
    # rhe-050
    ("Flat-rolled steel: South Africa starts safeguard probe, WTO says", "", None),
    ("SA initiates safeguard investigation into flat rolled steel imports", "", None),
    # rhf-058
    (
        "Flexport: expect more steel, aluminum derivative products to be added to Section 232 list",
        "",
        None,
    ),
    (
        "More derivatives could face Section 232 steel and aluminium duties, says trade adviser",
        "",
        None,
    ),
    # rhp-102
    ("Industry call for higher steel tariffs wins ministry's support", "", None),
    (
        "Steel minister to press finance ministry for raising of import tariffs on steel, protect local mills",
        "",
        None,
    ),
    # rhd-126
    ("China copper buyers eye end of informal curbs on Australian supply", "", None),
    ("Soft ban on Australian copper seen ending, say Chinese importers", "", None),
    # rhn-071
    ("Guinea cancels 46 mining licences covering bauxite, gold, graphite", "", None),
    ("Mining licences of 46 firms withdrawn by Guinea", "", None),
    # rhy-166
    (
        "US Midwest aluminium premium above $1/lb for first time",
        "Tariffs have pushed US aluminium prices up faster than elsewhere this year.",
        None,
    ),
    ("Aluminium premium in US crosses $1 a pound on tariffs", "", None),
    # rhj-008
    ("Peru to send delegation to Washington to head off copper tariffs", "", None),
    ("Copper tariffs: top supplier Peru readies talks with US officials", "", None),
]
