"""Non-measures of ``test_classifier_kinds_116.py``, second half: explainers, questions and
answers, "what a ban would mean", history and anniversary pieces, opinion columns, shipping,
freight, insurance and warehouse (LME) stock news, customs statistics, and measures on goods
that are no watched metal told in metals outlets. Each names a measure word and tells no measure
on a watched metal; each is labelled no event. Labels were written and committed before the
engine read them.

Each case is ``(title, summary, None)``, ``None`` as ``tests/unit/kinds_exact.py`` reads it.
"""

from __future__ import annotations

from typing import Any

import pytest

#: Explainers, questions and answers, history and anniversary pieces.
EXPLAINERS: list[Any] = [
    (
        "Explainer: What a US copper tariff would mean for Chile",
        "Chile ships about a tenth of its refined copper to the United States.",
        None,
    ),
    (
        "Q&A: How China's gallium export licences work",
        "Exporters must name the end user and the use, and approvals take about 45 working days.",
        None,
    ),
    (
        "What would an Indonesian bauxite export ban mean for alumina prices?",
        "Chinese refineries rely on Guinea and Australia for most of their ore.",
        None,
    ),
    (
        "Five years on: the legacy of Indonesia's nickel ore ban",
        "The country now makes half the world's nickel, but at a cost to its forests.",
        None,
    ),
    (
        "A brief history of US steel tariffs, from Smoot-Hawley to Section 232",
        "Washington has protected its steelmakers in one form or another for almost a century.",
        None,
    ),
    (
        "FAQ: Which steel products fall under the EU safeguard quotas?",
        "The measure covers 26 product categories, from hot-rolled coil to rebar.",
        None,
    ),
    (
        "Ten years after the first ore export ban, lessons for Zimbabwe's lithium",
        "Indonesia's experience shows a ban works only with smelter investment behind it.",
        None,
    ),
    (
        "Explained: Why India keeps changing its gold import duty",
        "The duty has moved six times in a decade as the government juggled smuggling and the current account.",
        None,
    ),
    (
        "A guide to how Congo's cobalt quota system works",
        "Miners receive monthly allocations from the strategic minerals regulator.",
        None,
    ),
    (
        "Q&A with a trade lawyer: can tariffs on copper survive in court?",
        "Challenges to national-security duties have rarely succeeded.",
        None,
    ),
    (
        "Remembering the 2002 steel safeguard: what Bush's tariffs taught us",
        "The duties were lifted after 20 months under pressure from the WTO and the EU.",
        None,
    ),
    (
        "Timeline: China's export controls on critical minerals since 2023",
        "From gallium and germanium to graphite, antimony and rare earths.",
        None,
    ),
]

#: Opinion columns, editorials and letters.
OPINION: list[Any] = [
    (
        "Opinion: Copper tariffs are a tax on American electrification",
        "Grid builders and wire makers will pay for a policy meant to help a handful of smelters.",
        None,
    ),
    (
        "Column: An export ban won't build Zimbabwe a lithium industry",
        "Power shortages, not raw ore shipments, are what hold back local processing.",
        None,
    ),
    (
        "Viewpoint: Europe's steel safeguard has outlived its purpose",
        "Seven years on, the quotas protect inefficiency rather than an industry in crisis.",
        None,
    ),
    (
        "Op-ed: Sanctions on Russian aluminium have backfired",
        "The metal still reaches Europe, only through longer and costlier routes.",
        None,
    ),
    (
        "Editorial: Quota politics are hurting India's steel users",
        "Small fabricators cannot plan when import rules change every quarter.",
        None,
    ),
    (
        "Commentary: Beijing's rare earth licensing is a warning, not a weapon",
        "China has shown it can squeeze supply, but using the tool too often would blunt it.",
        None,
    ),
    (
        "Column: Anti-dumping duties have not saved Europe's aluminium smelters",
        "Energy costs, not Chinese extrusions, closed most of the continent's potlines.",
        None,
    ),
    (
        "Guest column: Why a nickel export levy makes sense for Manila",
        "A modest charge on ore shipments could fund processing without scaring off miners.",
        None,
    ),
    (
        "Letters: Tariffs on tin solder will hurt small manufacturers",
        "A reader writes that electronics assemblers have no domestic supplier to turn to.",
        None,
    ),
    (
        "Our view: Embargo talk on Russian palladium is cheap",
        "Carmakers need the metal, and politicians know it.",
        None,
    ),
]

#: Shipping, freight, insurance and warehouse (LME) stock news.
SHIPPING: list[Any] = [
    (
        "Freight rates on Chile-US copper route jump as shippers race tariff deadline",
        "Capesize and container rates to US Gulf ports have doubled in a month.",
        None,
    ),
    (
        "War-risk insurance premiums climb for Black Sea steel cargoes amid sanctions",
        "Underwriters now charge up to 1% of hull value for calls at Ukrainian and Russian ports.",
        None,
    ),
    (
        "Bulk carriers sit idle off Sulawesi as nickel ore ban bites",
        "Shipowners say fewer ore cargoes leave the islands since the policy took hold.",
        None,
    ),
    (
        "LME aluminium stocks jump as Russian metal floods warehouses before ban",
        "Most of the 200,000 tonnes delivered into Port Klang was of Russian origin.",
        None,
    ),
    (
        "LME copper inventories fall to 18-month low as US tariff pulls metal to CME",
        "Cancelled warrants in Asian warehouses rose to 40% of stocks.",
        None,
    ),
    (
        "LME says it will not suspend Russian nickel deliveries despite sanctions",
        "The exchange said its existing rules were enough to keep the market orderly.",
        None,
    ),
    (
        "Marine insurers exclude sanctioned Russian ports from cover",
        "Cargoes of metal loaded at Ust-Luga and Novorossiysk will no longer be insured by the Lloyd's syndicates.",
        None,
    ),
    (
        "Container lines add tariff surcharge on US-bound aluminium shipments",
        "Carriers said the charge covers extra customs handling at US ports.",
        None,
    ),
    (
        "Guinea bauxite shipments hit record despite export curbs talk",
        "Loadings at Kamsar reached 14 million tonnes in October, ship-tracking data show.",
        None,
    ),
    (
        "CME-LME copper arbitrage widens to $1,500 as tariff deadline nears",
        "Traders are rushing metal into US warehouses before August.",
        None,
    ),
    (
        "Shanghai bonded zinc stocks rise as import duty arbitrage closes",
        "Traders have little reason to clear metal through customs at current spreads.",
        None,
    ),
    (
        "LME keeps ban on new Russian metal deliveries for another year",
        "The exchange said metal produced before April 2024 can still be placed on warrant.",
        None,
    ),
    pytest.param(
        "Shipowners steer clear of Venezuelan ports as US embargo widens",
        "Dry bulk owners said the risk of secondary sanctions outweighed the freight on iron ore.",
        None,
        marks=pytest.mark.xfail(
            strict=True,
            reason="shipowners' own choice as an embargo widens: the title's embargo names no goods, "
            "and its lede's 'secondary sanctions' and 'iron ore' are read as a sanction on the ore",
        ),
    ),
    (
        "Rotterdam aluminium premium firms as sanctions keep Russian metal out",
        "Duty-unpaid P1020 rose to $350 a tonne, Fastmarkets data show.",
        None,
    ),
]

#: Customs statistics and trade figures under a measure.
STATISTICS: list[Any] = [
    (
        "Imports under EU steel safeguard quota reach 80% for hot-rolled coil",
        "Commission data show the quarterly quota for other countries will run out within weeks.",
        None,
    ),
    (
        "Japan's aluminium imports from Russia fall to zero under sanctions",
        "Finance ministry data showed no arrivals in October for the first time since 2000.",
        None,
    ),
    (
        "China's gallium exports slump 60% in first month of licence rule",
        "Customs data showed 2.4 tonnes shipped in September.",
        None,
    ),
    (
        "US steel imports down 12% in October; tariff-exempt shipments rise",
        "Census data showed more semi-finished slab arriving from Brazil.",
        None,
    ),
    (
        "India's gold imports surge after duty cut, customs data show",
        "Imports rose to 95 tonnes in August from 42 tonnes a year earlier.",
        None,
    ),
    (
        "Turkish customs data: 35% of rebar exports subject to anti-dumping duties",
        "Mills have turned to Yemen, Israel and West Africa.",
        None,
    ),
    (
        "Congo cobalt exports under quota total 18,000 t in first quarter",
        "The regulator said most of the volume went to Chinese refiners.",
        None,
    ),
    (
        "Korea's steel TRQ to the US 92% filled by September, data show",
        "Mills have slowed shipments of pipe and tube to avoid exceeding the limit.",
        None,
    ),
    (
        "Vietnam tin exports hit by licence delays, customs figures show",
        "Shipments fell 30% in the third quarter as paperwork backed up.",
        None,
    ),
    (
        "Canada's aluminium shipments to US rebound despite 50% tariff, StatCan says",
        "Exports rose 9% in September from August.",
        None,
    ),
]

#: Measures on goods that are no watched metal, told in metals outlets.
OTHER_GOODS: list[Any] = [
    (
        "China imposes tariffs on US soybeans; copper traders brace for fallout",
        "Beijing's 10% levy on soybeans takes effect next week.",
        None,
    ),
    (
        "US raises tariffs on Chinese EVs to 100%; lithium miners fall",
        "Shares in Albemarle and SQM slipped as the move clouded demand.",
        None,
    ),
    (
        "EU slaps duties on Chinese solar panels and polysilicon",
        "The provisional duties range from 18% to 47%.",
        None,
    ),
    (
        "Indonesia bans coal exports for January; nickel smelters exempt from supply rule",
        "The energy ministry said power plants at home must be supplied first.",
        None,
    ),
    (
        "Washington tightens chip export controls; gallium names slip",
        "The new rules cover advanced AI processors and chipmaking tools.",
        None,
    ),
    (
        "India hikes import duty on palm oil; silver traders unfazed",
        "The edible oil duty rises to 20% from 10%.",
        None,
    ),
    (
        "Mexico puts 50% tariff on Chinese cars; steel users watch next step",
        "The levy applies to light vehicles from countries without a trade deal.",
        None,
    ),
    (
        "Philippines bans rice imports for 60 days as harvest arrives",
        "The agriculture department said the ban would support farm-gate prices.",
        None,
    ),
    (
        "Canada levies 100% surtax on Chinese EVs; nickel suppliers see opening",
        "Battery makers hope the surtax will pull more cell production onshore.",
        None,
    ),
    (
        "China restricts exports of drone parts and thermal cameras",
        "The commerce ministry said the controls would take effect on September 1.",
        None,
    ),
    (
        "Russia bans gasoline exports; aluminium smelters unaffected",
        "The ban on motor fuel runs to the end of the year.",
        None,
    ),
    (
        "US doubles tariffs on Chinese semiconductors; tin solder demand in focus",
        "Duties on legacy chips rise to 50% from January.",
        None,
    ),
    (
        "EU caps Ukrainian sugar and egg imports under new quotas; steel mills watch",
        "The quotas apply from June under the revised trade deal.",
        None,
    ),
    (
        "Japan bans exports of used cars to Russia above 1,900cc",
        "Dealers in Toyama say the ban will hurt a trade worth $1.8 billion a year.",
        None,
    ),
]
